package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.AccessMatrix.Caller;
import org.tandem.AccessMatrix.Cell;
import org.tandem.AccessMatrix.Row;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document and every page that takes an id, asked by every kind of caller —
 * anonymous, someone of another organization, the mentor of another pair, the program's lead, an admin, the
 * mentor and the mentee — against the expectations in {@code access-matrix/api.txt} and {@code pages.txt}
 * (docs/access-matrix.md). An operation or page without a row fails, naming it and what it answered; every
 * mismatching cell is reported at once; callers who are refused must leave the resource as it was.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIntegrationTests {

    /** Routes that are not pages of the matrix, each with its reason: visible here rather than filtered silently. */
    static final Map<String, String> NOT_PAGES = Map.of(
            "/api/", "the REST API, covered by the API matrix",
            "/v3/api-docs", "the OpenAPI document, public",
            "/swagger-ui", "the API explorer, public",
            "/actuator/", "operations endpoints, secured by their own chain",
            "/error", "the error page",
            "/check-ins/{id}/events", "the check-in page's event stream, the same as the API's (its api.txt row; LiveStreamIntegrationTests)");

    private static final HttpClient STREAMS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    AccessWorld world;

    @BeforeAll
    void buildTheWorldOnce() {
        world = new AccessWorld(port, context);
    }

    /** After the pages: the API matrix changes each caller's password, which ends their page sessions. */
    @Test
    @Order(2)
    void everyOperationAnswersEachCallerAsTheMatrixSays() {
        JsonNode paths = Api.at(port).get("/v3/api-docs").json().get("paths");
        AccessMatrix matrix = AccessMatrix.read("/access-matrix/api.txt");
        Set<String> operations = new LinkedHashSet<>();
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(method.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        Report report = new Report();
        for (String operation : sorted(operations)) {
            Row row = matrix.row(operation);
            var operationNode = paths.get(operation.substring(operation.indexOf(' ') + 1)).get(operation.substring(0, operation.indexOf(' ')).toLowerCase());
            if (operationNode.has("requestBody") && world.body(operation) == null) {
                report.failures.add(operation + ": takes a request body, but AccessWorld.body has none for it");
                continue;
            }
            Set<String> documented = new TreeSet<>();
            operationNode.get("responses").properties().forEach(response -> documented.add(response.getKey()));
            runRow(operation, row, report, operations, documented);
        }
        for (Row row : matrix.rowsWithout(operations)) {
            (row.pending() ? report.warnings : report.failures).add("api.txt:" + row.line() + ": " + row.operation()
                    + " is not in the OpenAPI document" + (row.pending() ? " yet (pending)" : ""));
        }
        report.assertClean("API");
    }

    @Test
    @Order(1)
    void everyPageThatTakesAnIdAnswersEachCallerAsTheMatrixSays() {
        AccessMatrix matrix = AccessMatrix.read("/access-matrix/pages.txt");
        Set<String> pages = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.contains("{") && NOT_PAGES.keySet().stream().noneMatch(pattern::startsWith)) {
                    pages.add("GET " + pattern);
                }
            }
        }
        Report report = new Report();
        for (String page : pages) {
            Map<Caller, String> observed = new EnumMap<>(Caller.class);
            Row row = matrix.row(page);
            Map<String, String> ids = world.ids(page);
            String path = AccessWorld.fill(page.substring(4), ids);
            for (Caller caller : Caller.values()) {
                var answer = world.page(caller).get(path);
                String seen = describe(answer);
                observed.put(caller, seen);
                if (row != null && !row.cells().get(caller).allows(answer.status(), answer.header("Location"))) {
                    report.failures.add(page + " as " + caller.column + ": expected " + row.cells().get(caller) + ", got " + seen);
                }
            }
            if (row == null) {
                report.failures.add(page + " has no row in pages.txt; it answered:\n    " + AccessMatrix.format(page, observed));
                System.out.println("OBSERVED " + AccessMatrix.format(page, observed));
            }
        }
        for (Row row : matrix.rowsWithout(pages)) {
            (row.pending() ? report.warnings : report.failures).add("pages.txt:" + row.line() + ": " + row.operation()
                    + " is not a page of the application" + (row.pending() ? " yet (pending)" : ""));
        }
        report.assertClean("page");
    }

    private void runRow(String operation, Row row, Report report, Set<String> operations, Set<String> documented) {
        Map<Caller, String> observed = new EnumMap<>(Caller.class);
        List<Caller> order = new ArrayList<>(List.of(Caller.values()));
        if (row != null) {
            // Refused callers go first, on the resource as it was; the callers the row lets through act after them.
            order.sort(Comparator.comparing((Caller c) -> row.cells().get(c).grants()));
        }
        Map<String, String> refusedIds = world.ids(operation);
        String before = snapshot(operation, refusedIds, operations);
        boolean refusedDone = false;
        for (Caller caller : order) {
            Cell cell = row == null ? null : row.cells().get(caller);
            boolean grants = cell != null && cell.grants();
            if (grants && !refusedDone) {
                checkUnchanged(operation, refusedIds, before, operations, report);
                refusedDone = true;
            }
            Map<String, String> ids = grants && world.changesState(operation) ? world.ids(operation) : refusedIds;
            Api.Response answer = call(caller, operation, ids);
            String seen = describe(answer);
            observed.put(caller, seen);
            if (cell != null && !cell.allows(answer.status(), answer.header("Location"))) {
                report.failures.add(operation + " as " + caller.column + ": expected " + cell + ", got " + seen
                        + (answer.status() >= 400 ? " " + abbreviate(answer.body()) : ""));
            }
            String status = Integer.toString(answer.status());
            if (!documented.contains(status) && !documented.contains("default")) {
                report.undocumented.add(operation + " answers " + status + ", which its OpenAPI responses " + documented + " do not list");
            }
        }
        if (!refusedDone && row != null) {
            checkUnchanged(operation, refusedIds, before, operations, report);
        }
        if (row == null) {
            report.failures.add(operation + " has no row in api.txt; it answered:\n    " + AccessMatrix.format(operation, observed));
            System.out.println("OBSERVED " + AccessMatrix.format(operation, observed));
        }
    }

    private Api.Response call(Caller caller, String operation, Map<String, String> ids) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = AccessWorld.fill(operation.substring(operation.indexOf(' ') + 1), ids);
        Api api = world.api(caller);
        if (method.equals("GET") && path.endsWith("/events")) {
            return openStream(caller, path);
        }
        Function<Map<String, String>, String> body = world.body(operation);
        String text = body == null ? "" : body.apply(ids);
        return switch (method) {
            case "GET" -> api.get(path);
            case "DELETE" -> api.delete(path);
            case "POST" -> api.post(path, world.contentType(operation), text);
            case "PUT" -> api.put(path, text);
            case "PATCH" -> api.patch(path, text);
            default -> throw new IllegalStateException("No way to send " + operation);
        };
    }

    /** An event stream never ends: only its status and headers are read, then it is closed. */
    private Api.Response openStream(Caller caller, String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/event-stream");
        if (world.token(caller) != null) {
            request.header("Authorization", "Bearer " + world.token(caller));
        }
        try {
            HttpResponse<InputStream> response = STREAMS.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String text = response.statusCode() >= 400 ? new String(body.readAllBytes(), StandardCharsets.UTF_8) : "";
                return new Api.Response(response.statusCode(), response.headers(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the pair sees of the resource an operation acts on — the same path read with GET when there is one,
     * and the resource the path hangs from — so a refused caller who changed something is caught.
     */
    private String snapshot(String operation, Map<String, String> ids, Set<String> operations) {
        if (operation.startsWith("GET ")) {
            return "";
        }
        String path = operation.substring(operation.indexOf(' ') + 1);
        Set<String> reads = new LinkedHashSet<>();
        if (operations.contains("GET " + path)) {
            reads.add(path);
        }
        String[] segments = path.split("/");
        if (segments.length > 4 && segments[4].startsWith("{")) {
            String root = String.join("/", List.of(segments).subList(0, 5));
            if (operations.contains("GET " + root)) {
                reads.add(root);
            }
        }
        StringBuilder seen = new StringBuilder();
        for (String read : reads) {
            String filled = AccessWorld.fill(read, ids);
            Api.Response answer = world.api(Caller.MENTOR).get(filled);
            if (answer.status() != 200) {
                answer = world.api(Caller.ADMIN).get(filled);
            }
            // What the clock changes is no one's doing: when a token was last used (the probe's own included), the
            // seconds the running section of a check-in has taken so far.
            String body = answer.body().replaceAll("\"lastUsedAt\":\"[^\"]*\"", "")
                    .replaceAll("\"usedSeconds\":\\d+,\"usedMinutes\":\\d+,\"current\":true,\"over\":(true|false)", "\"current\":true");
            seen.append(read).append(" → ").append(answer.status()).append(' ').append(body).append('\n');
        }
        return seen.toString();
    }

    private void checkUnchanged(String operation, Map<String, String> ids, String before, Set<String> operations, Report report) {
        String after = snapshot(operation, ids, operations);
        if (!after.equals(before)) {
            int at = 0;
            while (at < Math.min(before.length(), after.length()) && before.charAt(at) == after.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 120);
            report.failures.add(operation + ": a refused caller changed what it acts on:\n    before …" + abbreviate(before.substring(from))
                    + "\n    after  …" + abbreviate(after.substring(from)));
        }
    }

    private static String describe(Api.Response answer) {
        if (answer.status() >= 200 && answer.status() < 300) {
            return "2xx";
        }
        String location = answer.header("Location");
        if (answer.status() == 302 && location != null && location.endsWith("/login")) {
            return "login";
        }
        return Integer.toString(answer.status());
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static List<String> sorted(Set<String> operations) {
        return operations.stream().sorted(Comparator.comparing((String o) -> o.substring(o.indexOf(' ') + 1)).thenComparing(o -> o))
                .collect(Collectors.toList());
    }

    /** Every mismatch of a run, reported together; warnings are printed and pass. */
    private static final class Report {
        final List<String> failures = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Set<String> undocumented = new TreeSet<>();

        void assertClean(String what) {
            failures.addAll(undocumented);
            warnings.forEach(w -> System.out.println("WARNING access matrix (" + what + "): " + w));
            assertThat(failures).as("%d mismatch(es) in the %s access matrix:%n%s", failures.size(), what,
                    String.join("\n", failures)).isEmpty();
        }
    }
}
