package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.tandem.people.Actor;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * How much the database is asked to show a check-in page, counted (never timed): statements and transactions of one
 * request, seen through a counting proxy around the application's DataSource registered in this test only. A
 * statement run in auto-commit is a transaction of its own; a commit or rollback ends one. The page is read in one
 * read-only transaction with access checked once (decision 0092); an htmx save reads only the part it swaps.
 */
@IntegrationTest
@Import(CheckInPageQueriesIntegrationTests.Counting.class)
class CheckInPageQueriesIntegrationTests {

    /** Issue 17's goal for a whole page request: sign-in session, the reader, the page. */
    static final int MAX_TRANSACTIONS = 5;
    /**
     * The page for the mentor: 33 when it became one read (decision 0092), 5 of them the session store's; 36 since
     * the page also shows the takeaway and names its playbook version (decision 0093); 33 since access to the pair's
     * work no longer reads the program and its leads, and the session row is not written for a view (decision 0101);
     * 32 since the review point is found from the pair's check-in outcomes, not from every check-in with its agenda; 31
     * since the playbook version is named without reading its sections.
     */
    static final int MAX_PAGE_STATEMENTS = 31;
    /** A note saved with htmx (21 measured): the session, the check, the insert, the live log, and the notes part only. */
    static final int MAX_NOTE_SAVE_STATEMENTS = 24;

    static final String HEADER = "X-Test-Count-Sql";
    static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();
    static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckInService checkIns;

    @Autowired
    CheckInContentService content;

    @Autowired
    ActionPlanService plan;

    World world;
    String page;
    PageClient mentor;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        Actor mentorActor = World.actor(world.mentor());
        Instant now = Instant.now();
        CheckInId id = CheckInId.of(checkIns.schedule(mentorActor, world.mentorship().id(), now.plus(1, ChronoUnit.HOURS), null, now)
                .id().toString());
        content.nameWin(mentorActor, id, "Shipped the importer a week early", now);
        content.writeNote(mentorActor, id, "Ask about the roadmap", "PAIR", now);
        plan.plan(mentorActor, id, "Draft the rollout plan for the importer", world.mentee().id(), LocalDate.now().plusDays(7), List.of(),
                null, now);
        page = "/check-ins/" + id.value();
        mentor = PageClient.at(port);
        mentor.signIn(world.mentor().email());
    }

    @Test
    void theCheckInPageForTheMentorIsReadInOneTransactionWithinTheStatedBounds() throws Exception {
        Tally tally = count(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).GET(), 200);

        assertThat(tally.body).contains("Shipped the importer a week early").contains("Ask about the roadmap");
        assertThat(tally.transactions.get()).as(tally.toString()).isLessThanOrEqualTo(MAX_TRANSACTIONS);
        assertThat(tally.statements.get()).as(tally.toString()).isLessThanOrEqualTo(MAX_PAGE_STATEMENTS);
        assertThat(tally.readOnlyTransactions.get()).as("the page's own read: " + tally).isEqualTo(1);
    }

    @Test
    void aNoteSavedWithHtmxReadsOnlyTheNotesPart() throws Exception {
        String csrf = PageClient.csrfToken(mentor.get(page).body());
        String form = Map.of("text", "Bring the quarterly numbers", "visibility", "PAIR", "_csrf", csrf).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        Tally tally = count(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page + "/notes"))
                .header("HX-Request", "true").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200);

        assertThat(tally.body).contains("Bring the quarterly numbers").doesNotContain("Shipped the importer");
        assertThat(tally.statements.get()).as(tally.toString()).isLessThanOrEqualTo(MAX_NOTE_SAVE_STATEMENTS);
        assertThat(tally.transactions.get()).as(tally.toString()).isLessThanOrEqualTo(MAX_TRANSACTIONS);
        for (String otherPart : List.of("action_item", "risk", "feedback_entry", "growth_answer", "observation", "check_in_win",
                "interpretation", "check_in_summary", "goal", "milestone")) {
            assertThat(tally.sql).as("no statement reads %s", otherPart).noneMatch(sql -> mentions(sql, otherPart));
        }
    }

    private static boolean mentions(String sql, String table) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.contains("\"" + table + "\"") || lower.matches("(?s).*\\b(from|join|into|update)\\s+" + table + "\\b.*");
    }

    private Tally count(HttpRequest.Builder request, int status) throws Exception {
        String token = UUID.randomUUID().toString();
        HttpResponse<String> response = CLIENT.send(request.header(HEADER, token).header("Cookie", "SESSION=" + mentor.cookie("SESSION"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        // the filter closes the tally when the request is done, which may be a moment after the answer arrived
        Tally tally = TALLIES.get(token);
        for (int i = 0; i < 500 && (tally == null || !tally.done); i++) {
            Thread.sleep(10);
            tally = TALLIES.get(token);
        }
        assertThat(tally).isNotNull();
        assertThat(tally.done).isTrue();
        tally.body = response.body();
        return tally;
    }

    /** What one request asked of the database. */
    static final class Tally {
        final AtomicInteger statements = new AtomicInteger();
        final AtomicInteger transactions = new AtomicInteger();
        final AtomicInteger readOnlyTransactions = new AtomicInteger();
        final List<String> sql = new CopyOnWriteArrayList<>();
        volatile boolean done;
        String body;

        @Override
        public String toString() {
            return statements + " statements, " + transactions + " transactions: " + String.join("\n  ", sql);
        }
    }

    @TestConfiguration
    static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && "dataSource".equals(name) ? counted(dataSource) : bean;
                }
            };
        }

        @Bean
        FilterRegistrationBean<Filter> countingFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                String token = request instanceof jakarta.servlet.http.HttpServletRequest http ? http.getHeader(HEADER) : null;
                if (token == null) {
                    chain.doFilter(request, response);
                    return;
                }
                Tally tally = new Tally();
                TALLIES.put(token, tally);
                CURRENT.set(tally);
                try {
                    chain.doFilter(request, response);
                } finally {
                    CURRENT.remove();
                    tally.done = true;
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        static DataSource counted(DataSource target) {
            return (DataSource) Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        Object result = call(target, method, args);
                        return result instanceof Connection connection ? counted(connection) : result;
                    });
        }

        static Connection counted(Connection target) {
            return (Connection) Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        Tally tally = CURRENT.get();
                        String name = method.getName();
                        if (tally != null && (name.equals("commit") || name.equals("rollback")) && (args == null || args.length == 0)) {
                            tally.transactions.incrementAndGet();
                            if (target.isReadOnly()) {
                                tally.readOnlyTransactions.incrementAndGet();
                            }
                        }
                        Object result = call(target, method, args);
                        if (result instanceof Statement statement) {
                            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                            return counted(statement, target, sql);
                        }
                        return result;
                    });
        }

        static Statement counted(Statement target, Connection connection, String prepared) {
            List<Class<?>> types = new java.util.ArrayList<>();
            for (Class<?> type : List.of(java.sql.CallableStatement.class, java.sql.PreparedStatement.class, Statement.class)) {
                if (type.isInstance(target)) {
                    types.add(type);
                }
            }
            return (Statement) Proxy.newProxyInstance(Counting.class.getClassLoader(), types.toArray(Class<?>[]::new),
                    (proxy, method, args) -> {
                        Tally tally = CURRENT.get();
                        if (tally != null && method.getName().startsWith("execute")) {
                            tally.statements.incrementAndGet();
                            tally.sql.add(prepared != null ? prepared : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
                            if (connection.getAutoCommit()) {
                                tally.transactions.incrementAndGet();
                            }
                        }
                        return call(target, method, args);
                    });
        }

        private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
