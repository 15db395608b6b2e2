package org.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Bodies.goal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * Issue 17: a token-authenticated read writes nothing and runs in at most two transactions: the token check (one
 * autocommitted read) and the read itself in one read-only transaction, not one transaction per statement.
 */
@IntegrationTest
@PostgresRelevant
@Import(TokenReadTransactionsIntegrationTests.Statements.class)
class TokenReadTransactionsIntegrationTests {

    /** Every statement jOOQ runs on a request thread, with the transaction it ran in (null: autocommitted). */
    @TestConfiguration
    static class Statements {

        record Run(String sql, Object transaction) {
        }

        static final List<Run> RUNS = new CopyOnWriteArrayList<>();

        @Bean
        ExecuteListenerProvider transactionRecorder() {
            return new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext context) {
                    // request threads only: the live presence heartbeat, the scheduler and other background work
                    // write on their own threads whenever they are due, and are not the request's doing
                    String thread = Thread.currentThread().getName();
                    if (!thread.startsWith("tomcat-handler") && !thread.startsWith("http-nio")) {
                        return;
                    }
                    Object transaction = null;
                    if (TransactionSynchronizationManager.isActualTransactionActive()) {
                        Map<Object, Object> resources = TransactionSynchronizationManager.getResourceMap();
                        transaction = resources.isEmpty() ? Boolean.TRUE : resources.values().iterator().next();
                    }
                    RUNS.add(new Run(context.sql() == null ? "" : context.sql().toLowerCase(Locale.ROOT), transaction));
                }
            });
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api mentor;
    String token;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        mentor = Api.at(port).as(world.mentor().email());
        token = mentor.post("/api/v1/me/tokens", "{\"name\":\"script\"}").json().get("token").asString();
    }

    private static int transactions(List<Statements.Run> runs) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        int autocommitted = 0;
        for (Statements.Run run : runs) {
            if (run.transaction() == null) {
                autocommitted++;
            } else {
                seen.put(run.transaction(), true);
            }
        }
        return autocommitted + seen.size();
    }

    private static List<String> writes(List<Statements.Run> runs) {
        List<String> writes = new ArrayList<>();
        for (Statements.Run run : runs) {
            if (run.sql().startsWith("insert") || run.sql().startsWith("update") || run.sql().startsWith("delete")
                    || run.sql().startsWith("merge")) {
                writes.add(run.sql());
            }
        }
        return writes;
    }

    private List<Statements.Run> runsOf(String path) {
        Api bearer = Api.at(port).bearer(token);
        assertThat(bearer.get(path).status()).as("warm-up: the first use of the token records it").isEqualTo(200);
        Statements.RUNS.clear();
        var read = bearer.get(path);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return List.copyOf(Statements.RUNS);
    }

    @Test
    void readingAGoalsMeasurementsWithATokenWritesNothingInAtMostTwoTransactions() {
        var created = mentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals",
                goal("Support satisfaction", LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(90)));
        String id = created.json().get("id").asString();
        assertThat(Api.at(port).as(world.mentee().email()).post("/api/v1/goals/" + id + "/agreement", "").status()).isEqualTo(200);
        for (int i = 1; i <= 3; i++) {
            mentor.post("/api/v1/goals/" + id + "/measurements", "{\"value\":" + i + ",\"observedOn\":\""
                    + LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(i) + "\"}");
        }

        List<Statements.Run> runs = runsOf("/api/v1/goals/" + id + "/measurements");

        assertThat(runs).anySatisfy(run -> assertThat(run.sql()).contains("goal_measurement"));
        assertThat(writes(runs)).isEmpty();
        assertThat(transactions(runs)).as(runs.toString()).isLessThanOrEqualTo(2);
    }

    @Test
    void listingTheCallersMentorshipsWithATokenWritesNothingInAtMostTwoTransactions() {
        List<Statements.Run> runs = runsOf("/api/v1/mentorships");

        assertThat(runs).anySatisfy(run -> assertThat(run.sql()).contains("from \"mentorship\""));
        assertThat(writes(runs)).isEmpty();
        assertThat(transactions(runs)).as(runs.toString()).isLessThanOrEqualTo(2);
    }

    @Test
    void aReadWithAnUnknownTokenIsRefusedAndReadsNoGoal() {
        Statements.RUNS.clear();

        var refused = Api.at(port).bearer("tdm_not-a-real-token").get("/api/v1/mentorships");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(Statements.RUNS).anySatisfy(run -> assertThat(run.sql()).contains("api_token"))
                .noneSatisfy(run -> assertThat(run.sql()).contains("from \"mentorship\""));
    }
}
