package org.tandem.checkin.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.checkin.CheckInService;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.Bodies;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/**
 * The cadence keeps each pair's next check-in scheduled: planned when the pair starts, moved with the cadence, one
 * occurrence moved on its own, MISSED after the grace period, re-planned after a goal revision that resets it.
 * Runs on H2 and, in the PostgreSQL suite, on PostgreSQL.
 */
@IntegrationTest
@PostgresRelevant
public class CadenceIntegrationTests {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CadencePlanner planner;

    @Autowired
    CheckInService service;

    @Autowired
    TransactionTemplate transaction;

    World world;
    Api mentor;
    Api mentee;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        mentor = as(world.mentor());
        mentee = as(world.mentee());
    }

    @Test
    void aPairThatStartsHasItsFirstCheckInScheduledAtItsFirstDate() {
        List<JsonNode> checkIns = checkIns(world.mentorship().id().toString());

        assertThat(checkIns).singleElement().satisfies(c -> {
            assertThat(c.get("status").asString()).isEqualTo("SCHEDULED");
            assertThat(Instant.parse(c.get("scheduledAt").asString())).isEqualTo(world.mentorship().cadence().firstAt());
            assertThat(c.get("durationMinutes").asInt()).isEqualTo(45);
        });
        assertThat(checkIns(world.otherMentorship().id().toString())).hasSize(1);
    }

    @Test
    void planningAgainChangesNothingWhileTheNextCheckInIsScheduled() {
        Boolean planned = transaction.execute(s -> planner.planNext(world.organization().id(), world.mentorship().id()));

        assertThat(planned).isFalse();
        assertThat(checkIns(world.mentorship().id().toString())).hasSize(1);
    }

    @Test
    void changingTheCadenceMovesTheFutureCheckInsNobodyStartedAndNothingElse() {
        String held = schedule(inHours(1));
        assertThat(mentor.post("/api/v1/check-ins/" + held + "/start", "").status()).isEqualTo(200);
        assertThat(mentor.post("/api/v1/check-ins/" + held + "/complete", "").status()).isEqualTo(200);
        String running = schedule(inHours(2));
        assertThat(mentor.post("/api/v1/check-ins/" + running + "/start", "").status()).isEqualTo(200);
        String planned = plannedCheckIn();
        String extra = schedule(world.mentorship().cadence().firstAt().plus(Duration.ofDays(3)));
        Instant heldAt = scheduledAt(held);
        Instant nextAt = LocalDate.now(BERLIN).plusDays(3).atTime(9, 30).atZone(BERLIN).toInstant();

        var changed = mentor.put("/api/v1/mentorships/" + world.mentorship().id() + "/cadence",
                json("{'intervalDays':7,'durationMinutes':30,'nextAt':'%s'}", nextAt));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(scheduledAt(planned)).isEqualTo(nextAt);
        assertThat(scheduledAt(extra)).isEqualTo(LocalDate.now(BERLIN).plusDays(10).atTime(9, 30).atZone(BERLIN).toInstant());
        assertThat(scheduledAt(held)).isEqualTo(heldAt);
        assertThat(durationMinutes(planned)).isEqualTo(30);
        assertThat(durationMinutes(extra)).isEqualTo(30);
        assertThat(durationMinutes(held)).isEqualTo(45);
        assertThat(durationMinutes(running)).isEqualTo(45);
        assertThat(status(held)).isEqualTo("COMPLETED");
        assertThat(status(running)).isEqualTo("IN_PROGRESS");
        assertThat(checkIns(world.mentorship().id().toString())).hasSize(4);
        assertThat(checkIns(world.otherMentorship().id().toString())).singleElement()
                .satisfies(c -> assertThat(Instant.parse(c.get("scheduledAt").asString())).isEqualTo(world.otherMentorship().cadence().firstAt()));
    }

    @Test
    void reschedulingOneCheckInMovesOnlyThatOne() {
        String planned = plannedCheckIn();
        String later = schedule(world.mentorship().cadence().firstAt().plus(Duration.ofDays(14)));
        Instant laterAt = scheduledAt(later);
        Instant moved = world.mentorship().cadence().firstAt().plus(Duration.ofDays(1)).plus(Duration.ofHours(2));

        var response = mentee.with("If-Match", "\"0\"").put("/api/v1/check-ins/" + planned + "/schedule",
                json("{'scheduledAt':'%s'}", moved));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        assertThat(scheduledAt(planned)).isEqualTo(moved);
        assertThat(scheduledAt(later)).isEqualTo(laterAt);
        var mentorshipNow = mentor.get("/api/v1/mentorships/" + world.mentorship().id()).json();
        assertThat(Instant.parse(mentorshipNow.get("cadence").get("nextAt").asString())).isEqualTo(world.mentorship().cadence().nextAt());
    }

    @Test
    void reschedulingOnAStaleVersionOrWithoutATimeChangesNothing() {
        String planned = plannedCheckIn();
        Instant before = scheduledAt(planned);

        var stale = mentor.with("If-Match", "\"5\"").put("/api/v1/check-ins/" + planned + "/schedule",
                json("{'scheduledAt':'%s'}", before.plus(Duration.ofDays(1))));
        var empty = mentor.put("/api/v1/check-ins/" + planned + "/schedule", "{}");
        var past = mentor.put("/api/v1/check-ins/" + planned + "/schedule", json("{'scheduledAt':'%s'}", Instant.now().minus(Duration.ofDays(1))));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("scheduledAt");
        assertThat(past.status()).isEqualTo(400);
        assertThat(scheduledAt(planned)).isEqualTo(before);
    }

    @Test
    void peopleOutsideThePairCannotRescheduleItsCheckIn() {
        String planned = plannedCheckIn();
        Instant before = scheduledAt(planned);
        String body = json("{'scheduledAt':'%s'}", before.plus(Duration.ofDays(1)));

        assertThat(as(world.otherMentor()).put("/api/v1/check-ins/" + planned + "/schedule", body).status()).as("another pair's mentor")
                .isEqualTo(404);
        assertThat(as(world.otherMentee()).put("/api/v1/check-ins/" + planned + "/schedule", body).status()).as("another pair's mentee")
                .isEqualTo(404);
        assertThat(as(world.lead()).put("/api/v1/check-ins/" + planned + "/schedule", body).status()).as("the program's lead")
                .isEqualTo(404);
        assertThat(as(world.admin()).put("/api/v1/check-ins/" + planned + "/schedule", body).status()).as("an admin, outside the pair")
                .isEqualTo(404);
        assertThat(scheduledAt(planned)).isEqualTo(before);
    }

    @Test
    void aCheckInNobodyStartsBecomesMissedAfterTheGraceAndTheNextOneIsPlanned() {
        String planned = plannedCheckIn();
        Instant at = scheduledAt(planned);
        Duration grace = Duration.ofHours(3);

        int early = service.markMissed(world.organization().id(), at.plus(grace).minusSeconds(1), grace);
        assertThat(early).isZero();
        assertThat(status(planned)).isEqualTo("SCHEDULED");

        int marked = service.markMissed(world.organization().id(), at.plus(grace), grace);
        int again = service.markMissed(world.organization().id(), at.plus(grace).plusSeconds(60), grace);
        // In the PostgreSQL suite a scheduler of another test context may plan it first; either way there is one.
        transaction.execute(s -> planner.planNext(world.organization().id(), world.mentorship().id()));

        assertThat(marked).as("the pair's and the other pair's first check-ins").isEqualTo(2);
        assertThat(again).isZero();
        assertThat(status(planned)).isEqualTo("MISSED");
        List<JsonNode> all = checkIns(world.mentorship().id().toString());
        assertThat(all).hasSize(2);
        assertThat(all.get(1).get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(all.get(1).get("scheduledAt").asString()).atZone(BERLIN).toLocalDateTime())
                .isEqualTo(at.atZone(BERLIN).toLocalDateTime().plusDays(14));
    }

    @Test
    void theNextCheckInAfterACancelledOneKeepsTheLocalTimeAcrossTheChangeToSummerTime() {
        Instant monday = LocalDateTime.of(2027, 3, 22, 10, 0).atZone(BERLIN).toInstant();
        var changed = mentor.put("/api/v1/mentorships/" + world.mentorship().id() + "/cadence",
                json("{'intervalDays':7,'durationMinutes':45,'nextAt':'%s'}", monday));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        String planned = plannedCheckIn();
        assertThat(scheduledAt(planned)).isEqualTo(Instant.parse("2027-03-22T09:00:00Z"));

        var cancelled = mentee.post("/api/v1/check-ins/" + planned + "/cancel", "{\"reason\":\"Travelling that week\"}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        transaction.execute(s -> planner.planNext(world.organization().id(), world.mentorship().id()));

        assertThat(checkIns(world.mentorship().id().toString())).hasSize(2);
        assertThat(scheduledAt(plannedCheckIn())).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
    }

    @Test
    void aGoalRevisionThatResetsTheCadenceMovesThePlannedCheckInFromTheAgreementDate() {
        String planned = plannedCheckIn();
        Instant before = scheduledAt(planned);
        var goal = mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals",
                Bodies.goal("Support satisfaction", LocalDate.now(BERLIN).plusDays(90)));
        assertThat(goal.status()).as(goal.toString()).isEqualTo(201);
        String goalId = goal.json().get("id").asString();
        assertThat(mentor.post("/api/v1/goals/" + goalId + "/agreement", "").status()).isEqualTo(200);
        String revision = mentee.post("/api/v1/goals/" + goalId + "/revisions", json(
                "{'changes':{'dueOn':'%s'},'rationale':'A new quarter','resetCadence':true}", LocalDate.now(BERLIN).plusDays(200)))
                .json().get("id").asString();

        JsonNode agreed = mentor.post("/api/v1/goals/" + goalId + "/revisions/" + revision + "/agreement", "").json();

        Instant agreedAt = Instant.parse(agreed.get("agreedAt").asString());
        Instant expected = LocalDate.ofInstant(agreedAt, BERLIN).plusDays(14).atTime(LocalTime.ofInstant(before, BERLIN)).atZone(BERLIN).toInstant();
        assertThat(scheduledAt(planned)).isEqualTo(expected).isNotEqualTo(before);
        assertThat(checkIns(world.mentorship().id().toString())).hasSize(1);
    }

    // ---------------------------------------------------------------- helpers

    private Api as(Person person) {
        return Api.at(port).withTokenOf(person.email());
    }

    private String schedule(Instant at) {
        var created = mentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins", json("{'scheduledAt':'%s'}", at));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The check-in the cadence scheduled (the only SCHEDULED one planned from it in these tests: the earliest). */
    private String plannedCheckIn() {
        return checkIns(world.mentorship().id().toString()).stream().filter(c -> c.get("status").asString().equals("SCHEDULED"))
                .min(java.util.Comparator.comparing(c -> Instant.parse(c.get("scheduledAt").asString())))
                .orElseThrow().get("id").asString();
    }

    private List<JsonNode> checkIns(String mentorship) {
        var list = mentor.get("/api/v1/mentorships/" + mentorship + "/check-ins");
        if (list.status() == 404) {
            list = as(world.otherMentor()).get("/api/v1/mentorships/" + mentorship + "/check-ins");
        }
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        list.json().get("items").forEach(items::add);
        items.sort(java.util.Comparator.comparing(c -> Instant.parse(c.get("scheduledAt").asString())));
        return items;
    }

    private Instant scheduledAt(String checkIn) {
        return Instant.parse(mentor.get("/api/v1/check-ins/" + checkIn).json().get("scheduledAt").asString());
    }

    private int durationMinutes(String checkIn) {
        return mentor.get("/api/v1/check-ins/" + checkIn).json().get("durationMinutes").asInt();
    }

    private String status(String checkIn) {
        return mentor.get("/api/v1/check-ins/" + checkIn).json().get("status").asString();
    }

    private static Instant inHours(int hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    }
}
