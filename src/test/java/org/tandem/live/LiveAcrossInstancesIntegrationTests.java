package org.tandem.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.tandem.TandemApplication;
import org.tandem.checkin.CheckInService;
import org.tandem.people.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.TestDatabase;
import org.tandem.support.TestPasswords;
import org.tandem.support.World;

/**
 * Two instances of Tandem on one PostgreSQL, as behind a load balancer: a change saved through one reaches the
 * streams held by the other (LISTEN/NOTIFY), presence counts the pair across both, and a private note stays with its
 * author there too. On H2 there is one instance by definition (in-process delivery, LiveStreamIntegrationTests).
 */
@IntegrationTest
@PostgresRelevant
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {TestDatabase.SCHEMA + "=" + LiveAcrossInstancesIntegrationTests.SCHEMA, "tandem.live.heartbeat=300ms"})
class LiveAcrossInstancesIntegrationTests {

    static final String SCHEMA = "live_instances";
    static final Duration SOON = Duration.ofSeconds(5);
    /** The listener retries a refused connection after 1, 2, 4, 8 s: wait for it through a few of those. */
    static final Duration LISTENING = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckInService checkIns;

    ConfigurableApplicationContext secondInstance;
    int secondPort;

    @BeforeAll
    void startASecondInstanceOnTheSameDatabase() throws InterruptedException {
        assumeThat(TestDatabase.postgres()).as("two instances need the shared PostgreSQL").isTrue();
        secondInstance = new SpringApplicationBuilder(TandemApplication.class)
                .profiles("test")
                .initializers(new TestDatabase(), new TestPasswords())
                .properties("server.port=0", TestDatabase.SCHEMA + "=" + SCHEMA, "tandem.live.heartbeat=300ms")
                .run();
        secondPort = secondInstance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        for (var instance : new ApplicationContext[] {context, secondInstance}) {
            long deadline = System.nanoTime() + LISTENING.toNanos();
            while (!instance.getBean(PostgresListener.class).listening() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                Thread.sleep(20);
            }
            assertThat(instance.getBean(PostgresListener.class).listening()).as("the LISTEN connection is up").isTrue();
        }
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void aChangeSavedThroughOneInstanceReachesTheStreamOnTheOtherAndPresenceCountsBoth() {
        World world = World.create(context);
        String id = checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(), Instant.now().plus(1, ChronoUnit.HOURS), null, Instant.now())
                .id().toString();

        try (EventStream menteeOnSecond = stream(secondPort, id, world.mentee());
             EventStream mentorOnFirst = stream(port, id, world.mentor())) {
            PageClient mentor = PageClient.at(port);
            mentor.signIn(world.mentor().email());
            save(mentor, id, "/notes", Map.of("text", "Only for me", "visibility", "PRIVATE"));
            save(mentor, id, "/wins", Map.of("text", "Closed the quarter with no incident"));

            var arrived = menteeOnSecond.next(SOON);
            assertThat(arrived).as("the win, through PostgreSQL").isNotNull();
            assertThat(arrived.part()).as("the private note never reaches the other instance's stream").isEqualTo("wins");
            assertThat(arrived.json().get("byName").asString()).isEqualTo(world.mentor().displayName());

            EventStream.Event presence;
            do {
                presence = mentorOnFirst.nextPresence(SOON);
            } while (presence != null && presence.json().get("here").size() < 2);
            assertThat(presence).as("the mentor, on the first instance, sees the mentee who is on the second").isNotNull();
            assertThat(presence.json().get("here").findValuesAsString("name"))
                    .containsExactlyInAnyOrder(world.mentor().displayName(), world.mentee().displayName());
        }
    }

    private static EventStream stream(int port, String id, Person reader) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((reader.email() + ":" + World.PASSWORD).getBytes(StandardCharsets.UTF_8));
        EventStream stream = EventStream.open(port, "/api/v1/check-ins/" + id + "/events", "Authorization", basic);
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.nextComment(SOON)).isEqualTo("open");
        return stream;
    }

    private static void save(PageClient client, String id, String part, Map<String, String> fields) {
        String page = "/check-ins/" + id;
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", PageClient.csrfToken(client.get(page).body()));
        assertThat(client.postForm(page + part, form).status()).isEqualTo(302);
    }
}
