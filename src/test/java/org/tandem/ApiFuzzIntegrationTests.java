package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.tandem.AccessMatrix.Caller;
import org.tandem.db.DefaultSchema;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bounded fuzz run over every operation of the OpenAPI document: for each operation, as the mentor (who may do
 * most things of a pair) and as the admin, a handful of probes made from the operation's valid request — a hostile
 * value in one field, a field missing or of the wrong type, broken or duplicated JSON, a made-up or malformed id,
 * hostile query parameters and headers. No probe may get a 5xx, and a refused probe may not change a row.
 *
 * <p>The run is deterministic (seeded by the operation, the caller and the probe's number); widen it with
 * {@code -Dtandem.fuzz.cases=200} and vary it with {@code -Dtandem.fuzz.seed=…}. The application runs on a
 * database of its own here, so counting rows sees nobody else's writes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "tandem.test.own-database-for=fuzzing")
class ApiFuzzIntegrationTests {

    private static final int CASES = Integer.getInteger("tandem.fuzz.cases", 6);
    private static final long SEED = Long.getLong("tandem.fuzz.seed", 20261207L);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Rows the application writes on its own or for a refusal by design: not a partial write. */
    private static final Set<String> WRITTEN_ANYWAY = Set.of("audit_entry", "idempotent_request", "insight_pair_rollup", "insight_group_rollup", "insight_group_rater",
            "insight_refresh_mark", "scheduled_tasks", "sign_in_bucket", "sign_in_lock", "spring_session", "spring_session_attributes",
            "flyway_schema_history");

    static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "nul\u0000inside", "\u202Eevil\u202C", "'; drop table person; --",
            "<script>alert(1)</script>", "%s%n%x", "😀".repeat(300), "a".repeat(20_000), "../../etc/passwd", "null", "-1",
            "9".repeat(40), "2026-02-30", "1e309", "\uD800", "Zoë ß 東京", "\r\n\r\nX-Injected: yes");
    static final List<Object> HOSTILE_NUMBERS = List.of(-1, 0, 2147483648L, Long.MAX_VALUE, new java.math.BigDecimal("1e309"), new java.math.BigInteger("99999999999999999999999"), -0.0, 0.5, "12", "NaN");
    static final List<String> HOSTILE_IDS = List.of("00000000-0000-0000-0000-000000000000", "not-a-uuid", "%00", "a".repeat(3000),
            "..%2F..%2Fetc", "%C0%AF", "1", "-1", "018f3a5e-0000-7000-8000-00000000000Z", " ", "%20");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    AccessWorld world;
    JsonNode document;

    @BeforeAll
    void buildTheWorldOnce() {
        world = new AccessWorld(port, context);
        document = Api.at(port).get("/v3/api-docs").json();
    }

    @Test
    void noProbeOfAnyOperationGetsA5xxAndNoRefusedProbeChangesARow() {
        List<String> failures = new ArrayList<>();
        int probes = 0;
        for (var path : new TreeMap<>(toMap(document.get("paths"))).entrySet()) {
            for (var method : toMap(path.getValue()).entrySet()) {
                String operation = method.getKey().toUpperCase() + " " + path.getKey();
                if (path.getKey().endsWith("/events")) {
                    continue; // an event stream never ends; its parameters are the path id and Last-Event-ID, probed by its own tests
                }
                for (Caller caller : List.of(Caller.MENTOR, Caller.ADMIN)) {
                    // One resource per operation and caller: probes that get through move its state, which later probes meet.
                    Map<String, String> ids = idsFor(operation);
                    for (int n = 0; n < CASES; n++) {
                        Random random = new Random(SEED ^ (operation + caller + n).hashCode());
                        Probe probe = probe(random, operation, method.getValue(), ids);
                        boolean write = !operation.startsWith("GET ");
                        Map<String, Long> before = write ? rows() : Map.of();
                        Api.Response answer = probe.send(world.api(caller));
                        probes++;
                        String where = operation + " as " + caller.column + " with " + probe.what();
                        if (answer.status() >= 500) {
                            failures.add(where + ": " + answer.status() + " " + shorten(answer.body()));
                        } else if (write && answer.status() >= 400) {
                            Map<String, Long> after = rows();
                            if (!after.equals(before)) {
                                failures.add(where + ": refused with " + answer.status() + " but changed " + difference(before, after));
                            }
                        }
                    }
                }
            }
        }
        assertThat(probes).as("probes sent").isGreaterThan(100);
        assertThat(failures).as(failures.size() + " of " + probes + " probes failed").isEmpty();
    }

    /**
     * A fresh resource when the operation moves one's state; when earlier probes used up what makes one (ten guest
     * invitations a day per pair), the shared ones, whose state the probes then meet as it is.
     */
    private Map<String, String> idsFor(String operation) {
        try {
            return world.ids(operation);
        } catch (AssertionError usedUp) {
            return world.ids("GET " + operation.substring(operation.indexOf(' ') + 1));
        }
    }

    // ------------------------------------------------------------------ probes

    /** One request: how it differs from a valid one, and how to send it. */
    record Probe(String what, String method, String path, String contentType, String body, Map<String, String> headers) {

        Api.Response send(Api api) {
            Api client = api;
            for (var header : headers.entrySet()) {
                client = client.with(header.getKey(), header.getValue());
            }
            return switch (method) {
                case "GET" -> client.get(path);
                case "DELETE" -> client.delete(path);
                case "POST" -> client.post(path, contentType, body);
                case "PUT" -> client.put(path, body);
                case "PATCH" -> client.patch(path, body);
                default -> throw new IllegalStateException("No way to send " + method);
            };
        }
    }

    private Probe probe(Random random, String operation, JsonNode specification, Map<String, String> ids) {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        String path = AccessWorld.fill(template, ids);
        var body = world.body(operation);
        String valid = body == null ? "" : body.apply(ids);
        String contentType = world.contentType(operation);
        List<String> kinds = new ArrayList<>(List.of("id", "query", "header"));
        if (!valid.isEmpty() && contentType.equals("application/json")) {
            kinds.addAll(List.of("field", "field", "field", "json"));
        } else if (!valid.isEmpty()) {
            kinds.add("text");
        }
        String kind = kinds.get(random.nextInt(kinds.size()));
        Map<String, String> headers = new LinkedHashMap<>();
        return switch (kind) {
            case "id" -> {
                if (!template.contains("{")) {
                    yield new Probe("an unknown query parameter", method, path + "?" + query("x", pick(random, HOSTILE_TEXT)), contentType, valid, headers);
                }
                String id = pick(random, HOSTILE_IDS);
                yield new Probe("id " + shorten(id), method, replaceOneId(random, template, ids, id), contentType, valid, headers);
            }
            case "query" -> {
                List<String> names = new ArrayList<>();
                specification.path("parameters").forEach(p -> {
                    if (p.path("in").asString("").equals("query")) {
                        names.add(p.get("name").asString());
                    }
                });
                String name = names.isEmpty() ? "cursor" : pick(random, names);
                String value = random.nextBoolean() ? pick(random, HOSTILE_TEXT) : String.valueOf(pick(random, HOSTILE_NUMBERS));
                yield new Probe("query " + name + "=" + shorten(value), method, path + (path.contains("?") ? "&" : "?") + query(name, value),
                        contentType, valid, headers);
            }
            case "header" -> {
                String name = pick(random, List.of("If-Match", "Idempotency-Key", "Accept", "Last-Event-ID", "X-Forwarded-For"));
                String value = pick(random, List.of("\"garbage\"", "W/\"-1\"", "x".repeat(5000), "text/markdown", "*/*;q=abc", "999999999999999999999",
                        "not an address"));
                headers.put(name, value);
                yield new Probe("header " + name + ": " + shorten(value), method, path, contentType, valid, headers);
            }
            case "json" -> {
                String broken = pick(random, List.of(valid.substring(0, valid.length() / 2), "[]", "null", "\"text\"", "{}", "",
                        duplicateFirstKey(valid), "[".repeat(5000), "{\"a\":" .repeat(2000), valid + "}", valid.replace("\"", "'")));
                yield new Probe("body " + shorten(broken), method, path, contentType, broken, headers);
            }
            case "text" -> {
                String broken = pick(random, List.of("", "\u0000\u0000", valid.replace(",", ";"), valid + "\n" + "x,".repeat(500),
                        "\"unclosed,quote\n", "a".repeat(100_000)));
                yield new Probe("body " + shorten(broken), method, path, contentType, broken, headers);
            }
            default -> {
                JsonNode tree = JSON.readTree(valid);
                String changed = mutateOneField(random, tree);
                yield new Probe(changed, method, path, contentType, JSON.writeValueAsString(tree), headers);
            }
        };
    }

    /** Changes one field somewhere in the body — a hostile value, the wrong type, null, or gone — and says which. */
    private static String mutateOneField(Random random, JsonNode tree) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(tree, objects);
        if (objects.isEmpty()) {
            return "body as it is";
        }
        ObjectNode target = pick(random, objects);
        List<String> names = new ArrayList<>(target.propertyNames());
        if (names.isEmpty() || random.nextInt(8) == 0) {
            target.put("unexpected", "field");
            return "an unknown field";
        }
        String name = pick(random, names);
        switch (random.nextInt(5)) {
            case 0 -> {
                target.remove(name);
                return name + " missing";
            }
            case 1 -> {
                target.putNull(name);
                return name + " null";
            }
            case 2 -> {
                Object number = pick(random, HOSTILE_NUMBERS);
                target.set(name, JSON.valueToTree(number));
                return name + "=" + number;
            }
            case 3 -> {
                String text = pick(random, HOSTILE_TEXT);
                target.put(name, text);
                return name + "=\"" + shorten(text) + "\"";
            }
            default -> {
                ArrayNode array = target.putArray(name);
                array.add(pick(random, HOSTILE_TEXT));
                return name + " as an array";
            }
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        if (node.isContainer()) {
            node.forEach(child -> collectObjects(child, into));
        }
    }

    private static String duplicateFirstKey(String json) {
        int colon = json.indexOf(':');
        int open = json.indexOf('{');
        if (open < 0 || colon < 0) {
            return json;
        }
        String key = json.substring(open + 1, colon);
        return "{" + key + ":\"first\"," + json.substring(open + 1);
    }

    /** The path with one of its variables (chosen at random) filled by the hostile value instead of its id. */
    private static String replaceOneId(Random random, String template, Map<String, String> ids, String hostile) {
        String[] segments = template.split("/");
        List<String> variables = new ArrayList<>();
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].contains("{")) {
                variables.add(segments[i - 1] + "/" + segments[i]);
            }
        }
        Map<String, String> probed = new HashMap<>(ids);
        probed.put(pick(random, variables), encodePathSegment(hostile));
        return AccessWorld.fill(template, probed);
    }

    /** Already percent-encoded probes stay as they are (they test the server's decoding); anything else is encoded. */
    private static String encodePathSegment(String value) {
        return value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    // ------------------------------------------------------------------ rows

    /** Each table's row count and, where rows carry a version, the sum of versions: an update moves it too. */
    private Map<String, Long> rows() {
        Map<String, Long> counts = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String name = table.getName().toLowerCase();
            if (WRITTEN_ANYWAY.contains(name)) {
                continue;
            }
            counts.put(name, (long) dsl.fetchCount(table));
            Field<?> version = table.field("version");
            if (version != null) {
                Number sum = dsl.select(DSL.coalesce(DSL.sum(version.coerce(Long.class)), DSL.inline(java.math.BigDecimal.ZERO)))
                        .from(table).fetchOne(0, Number.class);
                counts.put(name + ".version", sum.longValue());
            }
        }
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " → " + count);
            }
        });
        return String.join(", ", changed);
    }

    private static Map<String, JsonNode> toMap(JsonNode object) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        object.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    private static String shorten(String text) {
        String flat = text == null ? "" : text.replace("\n", "\\n").replace("\u0000", "\\0");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…(" + flat.length() + ")";
    }
}
