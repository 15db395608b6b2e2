package org.tandem.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.tandem.checkin.CheckInService;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * Changes made through the JSON API reach the other person's open check-in as page edits do (decision 0092): the
 * services publish the change, not the page. A private note written through the API still reaches only its author,
 * and a refused change publishes nothing.
 */
@IntegrationTest
@PostgresRelevant
@TestPropertySource(properties = "tandem.live.heartbeat=300ms")
class LiveFromApiIntegrationTests {

    static final Duration SOON = Duration.ofSeconds(5);
    static final Duration QUIET = Duration.ofMillis(700);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckInService checkIns;

    World world;
    String id;
    String api;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        id = checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(), Instant.now().plus(1, ChronoUnit.HOURS), null,
                Instant.now()).id().toString();
        api = "/api/v1/check-ins/" + id;
    }

    @Test
    void everyPartTheMentorChangesThroughTheApiArrivesOnTheMenteesStreamInOrder() {
        Api mentor = Api.at(port).as(world.mentor().email());
        String mentee = world.mentee().id().value().toString();
        try (EventStream menteeStream = stream(world.mentee())) {
            created(mentor.post(api + "/observations", Api.json("{\"kind\":\"METRIC\",\"text\":\"Lead time down to a day\",\"observedOn\":\"%s\"}",
                    LocalDate.now())));
            ok(mentor.put(api + "/interpretation", "{\"worked\":\"Pairing on reviews\",\"didNotWork\":\"\",\"why\":\"\"}"));
            created(mentor.post(api + "/answers", "{\"question\":\"What would you try next quarter?\",\"answer\":\"Lead the incident review\"}"));
            created(mentor.post(api + "/risks", Api.json("{\"description\":\"The migration could slip past the release\",\"likelihood\":2,"
                    + "\"impact\":3,\"support\":\"Ask the platform team for a reviewer\",\"ownerId\":\"%s\"}", mentee)));
            created(mentor.post(api + "/feedback", "{\"situation\":\"In Tuesday's design review\",\"behaviour\":\"you named the trade-off first\","
                    + "\"impact\":\"the team decided in ten minutes\",\"nextStep\":\"do the same in the planning meeting\"}"));
            created(mentor.post(api + "/wins", "{\"text\":\"Shipped the importer a week early\"}"));
            var item = mentor.post(api + "/action-items", Api.json("{\"task\":\"Draft the rollout plan for the importer\",\"ownerId\":\"%s\","
                    + "\"dueOn\":\"%s\"}", mentee, LocalDate.now().plusDays(7)));
            created(item);
            String itemId = item.json().get("id").asString();
            ok(mentor.patch("/api/v1/action-items/" + itemId, "{\"status\":\"DONE\"}"));
            created(mentor.post(api + "/notes", "{\"text\":\"Bring the roadmap next time\",\"visibility\":\"PAIR\"}"));
            ok(mentor.post(api + "/start", ""));
            ok(mentor.post(api + "/sections/next", ""));
            ok(mentor.put(api + "/takeaway", "{\"text\":\"Ask for the importer review earlier\"}"));

            List<EventStream.Event> seen = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                var event = menteeStream.next(SOON);
                assertThat(event).as("event %d of 12, after %s", i + 1, seen.stream().map(EventStream.Event::part).toList()).isNotNull();
                seen.add(event);
            }
            assertThat(seen).extracting(EventStream.Event::part).containsExactly("observations", "interpretation", "growth", "risks",
                    "feedback", "wins", "action-items", "action-items", "notes", "lifecycle", "agenda-bar", "takeaway");
            assertThat(seen.get(7).json().path("item").asString(null)).as("the change names the item").isEqualTo(itemId);
            assertThat(seen).allSatisfy(e -> assertThat(e.json().get("by").asString()).isEqualTo(world.mentor().id().value().toString()));
            assertThat(seen).extracting(EventStream.Event::data).noneMatch(data -> data.contains("importer"));
            assertThat(menteeStream.next(QUIET)).as("nothing twice").isNull();
        }
    }

    @Test
    void aPrivateNoteWrittenThroughTheApiNeverReachesTheOtherPersonsStream() {
        Api mentor = Api.at(port).as(world.mentor().email());
        try (EventStream menteeStream = stream(world.mentee()); EventStream mentorStream = stream(world.mentor())) {
            created(mentor.post(api + "/notes", "{\"text\":\"Ask about the promotion quietly\",\"visibility\":\"PRIVATE\"}"));
            created(mentor.post(api + "/wins", "{\"text\":\"A win both may see\"}"));

            assertThat(mentorStream.next(SOON).name()).as("the author's own stream has it").isEqualTo("note.changed");
            assertThat(mentorStream.next(SOON).part()).isEqualTo("wins");
            assertThat(menteeStream.next(SOON).part()).as("the mentee's first event is the win, not the private note").isEqualTo("wins");
            assertThat(menteeStream.next(QUIET)).isNull();
        }
    }

    @Test
    void aChangeTheApiRefusesPublishesNothing() {
        Api mentor = Api.at(port).as(world.mentor().email());
        Api outsider = Api.at(port).as(world.otherMentor().email());
        try (EventStream menteeStream = stream(world.mentee())) {
            assertThat(mentor.post(api + "/wins", "{\"text\":\"\"}").status()).isEqualTo(400);
            assertThat(outsider.post(api + "/wins", "{\"text\":\"Not my check-in\"}").status()).isEqualTo(404);
            assertThat(mentor.put(api + "/interpretation", "{\"worked\":\"Stale\",\"version\":99}").status()).isEqualTo(409);

            assertThat(menteeStream.next(QUIET)).isNull();
        }
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private EventStream stream(Person reader) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((reader.email() + ":" + World.PASSWORD).getBytes(StandardCharsets.UTF_8));
        EventStream stream = EventStream.open(port, "/api/v1/check-ins/" + id + "/events", "Authorization", basic);
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.nextComment(SOON)).isEqualTo("open");
        return stream;
    }
}
