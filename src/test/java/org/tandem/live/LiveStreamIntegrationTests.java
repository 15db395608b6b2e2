package org.tandem.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInService;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * The event stream of a check-in as its readers get it: the pair receives every change in order and resumes
 * without loss, a private note reaches only its author, presence names who is here, heartbeats keep it open, and
 * everyone outside the pair — admins and leads included — finds no stream (404) and no events.
 */
@IntegrationTest
@PostgresRelevant
@TestPropertySource(properties = "tandem.live.heartbeat=300ms")
class LiveStreamIntegrationTests {

    static final Duration SOON = Duration.ofSeconds(5);
    static final Duration QUIET = Duration.ofMillis(700);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckInService checkIns;

    @Autowired
    PeopleService people;

    World world;
    String id;
    String page;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        id = checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(), Instant.now().plus(1, ChronoUnit.HOURS), null, Instant.now())
                .id().toString();
        page = "/check-ins/" + id;
    }

    @Test
    void thePairReceivesEveryChangeInTheOrderItWasMadeWithWhoMadeIt() {
        try (EventStream mentee = stream(world.mentee())) {
            PageClient mentor = signedIn(world.mentor());

            save(mentor, "/wins", Map.of("text", "Shipped the importer a week early"));
            save(mentor, "/notes", Map.of("text", "Bring the roadmap next time", "visibility", "PAIR"));
            checkIns.start(World.actor(world.mentor()), CheckInId.of(id), OptionalLong.empty(), Instant.now());

            var wins = mentee.next(SOON);
            var note = mentee.next(SOON);
            var started = mentee.next(SOON);
            assertThat(List.of(wins.name(), note.name(), started.name())).containsExactly("part.changed", "note.changed", "status.changed");
            assertThat(List.of(wins.part(), note.part(), started.part())).containsExactly("wins", "notes", "lifecycle");
            assertThat(Long.parseLong(note.id())).isEqualTo(Long.parseLong(wins.id()) + 1);
            assertThat(Long.parseLong(started.id())).isEqualTo(Long.parseLong(note.id()) + 1);
            assertThat(wins.json().get("by").asString()).isEqualTo(world.mentor().id().value().toString());
            assertThat(wins.json().get("byName").asString()).isEqualTo(world.mentor().displayName());
            assertThat(wins.json().get("version").asLong()).isEqualTo(Long.parseLong(wins.id()));
            assertThat(wins.data()).as("ids and versions, never what was written").doesNotContain("importer");
        }
    }

    @Test
    void resumingWithLastEventIdSendsExactlyTheChangesMissedAndThenCarriesOn() {
        PageClient mentor = signedIn(world.mentor());
        String seen;
        try (EventStream mentee = stream(world.mentee())) {
            save(mentor, "/wins", Map.of("text", "First win"));
            seen = mentee.next(SOON).id();
        }
        save(mentor, "/wins", Map.of("text", "Second win"));
        save(mentor, "/observations", Map.of("kind", "METRIC", "text", "Lead time down to a day",
                "observedOn", java.time.LocalDate.now().toString()));

        try (EventStream mentee = stream(world.mentee(), "Last-Event-ID", seen)) {
            var missed = List.of(mentee.next(SOON), mentee.next(SOON));
            assertThat(missed).extracting(EventStream.Event::id)
                    .containsExactly(Long.toString(Long.parseLong(seen) + 1), Long.toString(Long.parseLong(seen) + 2));
            assertThat(missed).extracting(EventStream.Event::part).containsExactly("wins", "observations");

            save(mentor, "/wins", Map.of("text", "Third win"));
            assertThat(mentee.next(SOON).id()).as("the next change, nothing twice").isEqualTo(Long.toString(Long.parseLong(seen) + 3));
        }
    }

    @Test
    void withoutLastEventIdAStreamStartsAtTheEndOfTheLog() {
        save(signedIn(world.mentor()), "/wins", Map.of("text", "Before anyone listened"));
        try (EventStream mentee = stream(world.mentee())) {
            assertThat(mentee.next(QUIET)).isNull();
        }
    }

    @Test
    void anEventIdTheLogNoLongerHoldsAsksThePageToLoadAgain() {
        try (EventStream mentee = stream(world.mentee(), "Last-Event-ID", "9999")) {
            var reset = mentee.next(SOON);
            assertThat(reset.name()).isEqualTo("reset");
        }
    }

    @Test
    void aLastEventIdThatIsNotOneIsRefusedNamingTheHeader() {
        try (EventStream mentee = stream(world.mentee(), "Last-Event-ID", "yesterday")) {
            assertThat(mentee.status()).isEqualTo(400);
            assertThat(mentee.errorBody()).contains("Last-Event-ID");
        }
    }

    @Test
    void aPrivateNoteReachesOnlyItsAuthorsStream() {
        try (EventStream mentee = stream(world.mentee()); EventStream mentor = stream(world.mentor())) {
            PageClient mentorPage = signedIn(world.mentor());
            save(mentorPage, "/notes", Map.of("text", "Ask about the promotion quietly", "visibility", "PRIVATE"));
            save(mentorPage, "/wins", Map.of("text", "A win both may see"));

            assertThat(mentor.next(SOON).name()).isEqualTo("note.changed");
            assertThat(mentor.next(SOON).part()).isEqualTo("wins");
            var menteeSees = mentee.next(SOON);
            assertThat(menteeSees.part()).as("the mentee's first event is the win, not the private note").isEqualTo("wins");
            assertThat(mentee.next(QUIET)).isNull();
        }
    }

    @Test
    void presenceNamesWhoOfThePairHasTheCheckInOpen() {
        try (EventStream mentor = stream(world.mentor())) {
            assertThat(mentor.nextPresence(SOON).json().get("here")).hasSize(1);
            try (EventStream mentee = stream(world.mentee())) {
                var both = mentor.nextPresence(SOON).json();
                assertThat(both.get("here").findValuesAsString("name"))
                        .containsExactlyInAnyOrder(world.mentor().displayName(), world.mentee().displayName());
                assertThat(both.get("you").asString()).isEqualTo(world.mentor().id().value().toString());
            }
            assertThat(mentor.nextPresence(SOON).json().get("here").findValuesAsString("name"))
                    .as("the mentee left").containsExactly(world.mentor().displayName());
        }
    }

    @Test
    void heartbeatsArriveWhileNothingChanges() {
        try (EventStream mentee = stream(world.mentee())) {
            assertThat(mentee.nextComment(SOON)).isEqualTo("heartbeat");
            assertThat(mentee.nextComment(SOON)).isEqualTo("heartbeat");
        }
    }

    @Test
    void everyoneOutsideThePairGets404AndNoStreamAdminsAndLeadsIncluded() {
        for (Person outsider : List.of(world.admin(), world.lead(), world.otherMentor(), world.idleLead())) {
            try (EventStream stream = stream(outsider)) {
                assertThat(stream.status()).as(outsider.email()).isEqualTo(404);
                assertThat(stream.contentType()).doesNotContain("text/event-stream");
            }
        }
        try (EventStream anonymous = EventStream.open(port, "/api/v1/check-ins/" + id + "/events")) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
        PageClient lead = signedIn(world.lead());
        try (EventStream pageDoor = EventStream.open(port, page + "/events", "Cookie", "SESSION=" + lead.cookie("SESSION"))) {
            assertThat(pageDoor.status()).as("the page's door too").isEqualTo(404);
        }
    }

    @Test
    void thePageListensThroughItsOwnAddressWithTheSession() {
        PageClient mentee = signedIn(world.mentee());
        assertThat(mentee.get(page).body()).contains("/js/live-checkin.js");
        try (EventStream stream = EventStream.open(port, page + "/events", "Cookie", "SESSION=" + mentee.cookie("SESSION"))) {
            assertThat(stream.status()).isEqualTo(200);
            save(signedIn(world.mentor()), "/wins", Map.of("text", "Seen through the page's door"));
            assertThat(stream.next(SOON).part()).isEqualTo("wins");
        }
    }

    @Test
    void theStreamEndsWhenTheReaderLosesAccess() {
        try (EventStream mentee = stream(world.mentee())) {
            people.deactivate(World.actor(world.admin()), world.mentee().id(), OptionalLong.empty());

            assertThat(mentee.ends(SOON)).isTrue();
        }
        try (EventStream again = stream(world.mentee())) {
            assertThat(again.status()).isEqualTo(401);
        }
    }

    private EventStream stream(Person reader, String... headers) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((reader.email() + ":" + World.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = basic;
        System.arraycopy(headers, 0, all, 2, headers.length);
        EventStream stream = EventStream.open(port, "/api/v1/check-ins/" + id + "/events", all);
        if (stream.status() == 200) {
            // the stream is registered once its first line arrived
            assertThat(stream.nextComment(SOON)).isEqualTo("open");
        }
        return stream;
    }

    private PageClient signedIn(Person person) {
        PageClient client = PageClient.at(port);
        client.signIn(person.email());
        return client;
    }

    /** A form post as the page sends it without JavaScript; the part is saved and the browser sent back. */
    private void save(PageClient client, String part, Map<String, String> fields) {
        String csrf = PageClient.csrfToken(client.get(page).body());
        var form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        Api.Response answer = client.postForm(page + part, form);
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    }
}
