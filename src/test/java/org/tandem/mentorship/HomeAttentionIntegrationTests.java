package org.tandem.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.Bodies;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * The home page's "Needs your attention" list, filled by the goal, check-in and milestone features: each person sees
 * what waits for them — not what waits for the other side, and nothing of another pair.
 */
@IntegrationTest
class HomeAttentionIntegrationTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    World world;
    Api mentor;
    Api mentee;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        mentor = Api.at(port).as(world.mentor().email());
        mentee = Api.at(port).as(world.mentee().email());
    }

    @Test
    void aProposedGoalWaitsOnTheOtherSidesHomeOnly() {
        String goal = proposeGoal("Faster incident reviews");

        assertThat(home(world.mentor())).contains("New goal to agree: Faster incident reviews", "/goals/" + goal, "with Manu Mentee");
        assertThat(home(world.mentee())).doesNotContain("New goal to agree").contains("Nothing is waiting for you");
        assertThat(home(world.otherMentor())).doesNotContain("Faster incident reviews");

        assertThat(mentor.post("/api/v1/goals/" + goal + "/agreement", "").status()).isEqualTo(200);
        assertThat(home(world.mentor())).doesNotContain("New goal to agree");
    }

    @Test
    void aCheckInWithinTwoDaysAsksBothToPrepareAndACompletedOneAsksEachForTheirOwnRating() {
        String checkIn = plannedCheckIn();
        assertThat(home(world.mentee())).as("a week ahead").doesNotContain("Check-in coming up");

        Instant soon = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        assertThat(mentee.with("If-Match", "\"0\"").put("/api/v1/check-ins/" + checkIn + "/schedule", json("{'scheduledAt':'%s'}", soon))
                .status()).isEqualTo(200);
        assertThat(home(world.mentee())).contains("Check-in coming up", "/check-ins/" + checkIn);
        assertThat(home(world.mentor())).contains("Check-in coming up");
        assertThat(home(world.otherMentee())).doesNotContain("Check-in coming up");

        assertThat(mentor.post("/api/v1/check-ins/" + checkIn + "/start", "").status()).isEqualTo(200);
        assertThat(home(world.mentee())).contains("Your check-in is under way");
        assertThat(mentor.post("/api/v1/check-ins/" + checkIn + "/complete", "").status()).isEqualTo(200);

        assertThat(home(world.mentee())).contains("How was your check-in?", "/check-ins/" + checkIn + "#rating")
                .doesNotContain("Rate how independently");
        assertThat(home(world.mentor())).contains("Rate how independently your mentee worked", "#autonomy")
                .doesNotContain("How was your check-in?");

        assertThat(mentee.post("/api/v1/check-ins/" + checkIn + "/rating", "{\"clarity\":4,\"usefulness\":5,\"support\":4}").status())
                .isEqualTo(201);
        assertThat(home(world.mentee())).doesNotContain("How was your check-in?");
    }

    @Test
    void anOverdueActionShowsOnlyOnItsOwnersHomeAsLate() {
        String checkIn = plannedCheckIn();
        var action = mentee.post("/api/v1/check-ins/" + checkIn + "/action-items", json(
                "{'task':'Split the billing PR into three reviewable parts','ownerId':'%s','dueOn':'%s'}",
                world.mentee().id(), LocalDate.now(BERLIN).plusDays(10)));
        assertThat(action.status()).as(action.toString()).isEqualTo(201);
        assertThat(home(world.mentee())).as("ten days ahead").doesNotContain("Split the billing PR");

        dsl.update(DSL.table("action_item")).set(DSL.field("due_on"), LocalDate.now(BERLIN).minusDays(2))
                .where(DSL.field("id").eq(java.util.UUID.fromString(action.json().get("id").asString()))).execute();

        assertThat(home(world.mentee())).contains("Overdue: Split the billing PR into three reviewable parts",
                "/check-ins/" + checkIn + "#action-items");
        assertThat(home(world.mentor())).doesNotContain("Split the billing PR");
    }

    @Test
    void anOverdueActionFromAHeldCheckInLeadsToWhereTheNextOneCarriesItOver() {
        String held = plannedCheckIn();
        var action = mentee.post("/api/v1/check-ins/" + held + "/action-items", json(
                "{'task':'Split the billing PR into three reviewable parts','ownerId':'%s','dueOn':'%s'}",
                world.mentee().id(), LocalDate.now(BERLIN).plusDays(1)));
        assertThat(action.status()).as(action.toString()).isEqualTo(201);
        assertThat(mentor.post("/api/v1/check-ins/" + held + "/start", "").status()).isEqualTo(200);
        assertThat(mentor.post("/api/v1/check-ins/" + held + "/complete", "").status()).isEqualTo(200);
        var next = mentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES)));
        assertThat(next.status()).as(next.toString()).isEqualTo(201);

        assertThat(home(world.mentee())).contains("Due: Split the billing PR into three reviewable parts",
                "/check-ins/" + next.json().get("id").asString() + "#recap");
    }

    @Test
    void aMilestoneReachedAWeekAgoAndNotCelebratedAsksBothToCelebrate() {
        String goal = proposeGoal("Support satisfaction");
        assertThat(mentor.post("/api/v1/goals/" + goal + "/agreement", "").status()).isEqualTo(200);
        var milestone = mentee.post("/api/v1/goals/" + goal + "/milestones", json("{'title':'Half way to eighty','threshold':60}"));
        assertThat(milestone.status()).as(milestone.toString()).isEqualTo(201);
        assertThat(mentee.post("/api/v1/goals/" + goal + "/measurements",
                json("{'value':62,'observedOn':'%s'}", LocalDate.now(BERLIN))).status()).isEqualTo(201);
        assertThat(home(world.mentee())).as("reached today: not due yet").doesNotContain("Half way to eighty");

        dsl.update(DSL.table("milestone")).set(DSL.field("reached_at"), Instant.now().minus(8, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
                .where(DSL.field("id").eq(java.util.UUID.fromString(milestone.json().get("id").asString()))).execute();

        assertThat(home(world.mentee())).contains("Reached, not celebrated yet: Half way to eighty", "Celebrate");
        assertThat(home(world.mentor())).contains("Reached, not celebrated yet: Half way to eighty");
        assertThat(home(world.otherMentor())).doesNotContain("Half way to eighty");
    }

    @Test
    void pagesShowTheCheckInActuallyScheduledNextNotTheCadencesAnchor() {
        Instant anchor = world.mentorship().cadence().nextAt();
        Instant moved = anchor.plus(2, ChronoUnit.DAYS).plus(90, ChronoUnit.MINUTES);
        assertThat(mentee.with("If-Match", "\"0\"").put("/api/v1/check-ins/" + plannedCheckIn() + "/schedule",
                json("{'scheduledAt':'%s'}", moved)).status()).isEqualTo(200);
        String shown = shown(moved), anchorShown = shown(anchor);

        assertThat(home(world.mentee())).contains(shown).doesNotContain(anchorShown);
        assertThat(page(world.mentor(), "/mentorships/" + world.mentorship().id())).contains("Next check-in " + shown);
        assertThat(page(world.lead(), "/programs/" + world.program().id())).contains(shown);
    }

    // ---------------------------------------------------------------- helpers

    /** How pages write a moment for the people of {@link World}, who live in Berlin. */
    private static String shown(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH).format(at.atZone(BERLIN));
    }

    private String page(Person person, String path) {
        var page = PageClient.at(port).withBasic(person.email()).get(path);
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private String home(Person person) {
        return page(person, "/");
    }

    private String proposeGoal(String title) {
        var proposed = mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals", Bodies.goal(title, LocalDate.now(BERLIN).plusDays(90)));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }

    /** The check-in the cadence planned when the pair started, a week ahead. */
    private String plannedCheckIn() {
        var list = mentor.get("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins");
        assertThat(list.status()).isEqualTo(200);
        return list.json().get("items").get(0).get("id").asString();
    }
}
