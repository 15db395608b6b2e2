package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.mentorship.Pair;
import org.tandem.support.Api;
import org.tandem.support.Bodies;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/** The check-in endpoints of API.md, run as the pair and as everyone the rules keep out. */
@IntegrationTest
@PostgresRelevant
class CheckInApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api mentor;
    Api mentee;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        mentor = as(world.mentor());
        mentee = as(world.mentee());
    }

    private Api as(org.tandem.people.Person person) {
        return Api.at(port).withTokenOf(person.email());
    }

    // ---- scheduling and the agenda

    @Test
    void schedulingCopiesTheAgendaOfThePlaybookVersionInItsOrder() {
        var created = mentor.post(checkInsOf(world), json("{'scheduledAt':'%s'}", inHours(2)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/check-ins/" + created.json().get("id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        JsonNode checkIn = created.json();
        assertThat(checkIn.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(checkIn.get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(kinds(checkIn.get("agenda"))).containsExactly("RECAP", "REVIEW", "INTERPRET", "ADJUST", "GROWTH", "RISKS",
                "FEEDBACK", "CELEBRATE", "PLAN", "CLOSE");
        JsonNode first = checkIn.get("agenda").get(0);
        assertThat(first.get("title").asString()).isEqualTo("Recap of last time");
        assertThat(first.get("minutes").asInt()).isEqualTo(3);
        assertThat(first.get("prompts").get(0).asString()).isNotBlank();
        assertThat(checkIn.get("playbook").get("version").asInt()).isEqualTo(1);
        assertThat(checkIn.get("review").has("measurements")).isTrue();
        assertThat(checkIn.get("carriedOver").get("actionItems").isArray()).isTrue();
        // Listed in the order scheduled: after the first check-in the cadence planned when the pair started.
        assertThat(mentor.get(checkInsOf(world)).json().get("items").get(1).get("id").asString()).isEqualTo(checkIn.get("id").asString());
    }

    @Test
    void editingThePlaybookLaterDoesNotRewriteAScheduledCheckIn() {
        String id = schedule();
        String playbookId = mentor.get("/api/v1/check-ins/" + id).json().get("playbook").get("id").asString();
        var lead = as(world.lead());
        var revised = lead.put("/api/v1/playbooks/" + playbookId, json("{'name':'Short','sections':[{'kind':'REVIEW','title':'Only the data',"
                + "'minutes':20,'prompts':[]},{'kind':'PLAN','title':'Next steps','minutes':10,'prompts':[]}]}"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

        assertThat(kinds(mentor.get("/api/v1/check-ins/" + id).json().get("agenda"))).hasSize(10).startsWith("RECAP");
        JsonNode next = mentor.post(checkInsOf(world), json("{'scheduledAt':'%s'}", inHours(30))).json();
        assertThat(kinds(next.get("agenda"))).containsExactly("REVIEW", "PLAN");
        assertThat(next.get("playbook").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aCheckInCannotBeScheduledInThePastAndOnlyByThePair() {
        var past = mentor.post(checkInsOf(world), json("{'scheduledAt':'%s'}", Instant.now().minus(2, ChronoUnit.DAYS)));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("scheduledAt");

        assertThat(as(world.admin()).post(checkInsOf(world), json("{'scheduledAt':'%s'}", inHours(3))).status())
                .isEqualTo(403);
        assertThat(as(world.lead()).post(checkInsOf(world), json("{'scheduledAt':'%s'}", inHours(3))).status())
                .isEqualTo(404);
    }

    @Test
    void aCheckInRunsFromScheduledThroughInProgressToCompletedWithItsSummary() {
        String id = schedule();

        var started = mentee.post(path(id, "/start"), "");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(started.json().get("currentSection").asString()).isEqualTo("RECAP");
        assertThat(started.json().get("agenda").get(0).get("current").asBoolean()).isTrue();
        assertThat(mentor.post(path(id, "/sections/next"), "").json().get("currentSection").asString()).isEqualTo("REVIEW");
        var timed = mentor.put(path(id, "/sections/RECAP/time"), "{\"seconds\":250}");
        assertThat(timed.json().get("agenda").get(0).get("usedSeconds").asLong()).isEqualTo(250);
        assertThat(timed.json().get("agenda").get(0).get("over").asBoolean()).isTrue();

        var completed = mentor.post(path(id, "/complete"), "");
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("summary").get("markdown").asString()).startsWith("# Check-in of Mona Mentor and Manu Mentee");
        assertThat(completed.json().get("summary").get("html").asString()).startsWith("<article");

        var again = mentor.post(path(id, "/start"), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aCheckInIsCancelledWithAReasonAndRescheduledOnlyWhileScheduled() {
        String id = schedule();
        Instant later = Instant.parse(inHours(48));

        var moved = mentee.post(path(id, "/reschedule"), json("{'scheduledAt':'%s'}", later));
        assertThat(moved.json().get("scheduledAt").asString()).isEqualTo(later.toString());
        var noReason = mentee.post(path(id, "/cancel"), "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        var cancelled = mentee.post(path(id, "/cancel"), "{\"reason\":\"Both of us are at the offsite\"}");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancellation").get("reason").asString()).isEqualTo("Both of us are at the offsite");
        assertThat(mentee.post(path(id, "/reschedule"), json("{'scheduledAt':'%s'}", later)).status()).isEqualTo(409);
    }

    // ---- every content endpoint

    @Test
    void thePairRecordsTheWholeCheckInThroughTheApi() {
        String id = schedule();
        mentor.post(path(id, "/start"), "");

        var observation = mentee.post(path(id, "/observations"), json("{'kind':'BEHAVIOR','text':'Asked for review context before commenting',"
                + "'observedOn':'%s'}", LocalDate.now().minusDays(2)));
        assertThat(observation.status()).as(observation.toString()).isEqualTo(201);
        assertThat(observation.json().get("kind").asString()).isEqualTo("BEHAVIOR");

        var interpretation = mentor.put(path(id, "/interpretation"), "{\"worked\":\"Pairing on reviews\",\"didNotWork\":\"Long PRs\",\"why\":\"Too big to read\"}");
        assertThat(interpretation.status()).as(interpretation.toString()).isEqualTo(200);
        assertThat(interpretation.header("ETag")).isEqualTo("\"1\"");

        var answer = mentee.post(path(id, "/answers"), "{\"promptId\":\"growth-tech-01\",\"answer\":\"The billing pipeline\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("question").asString()).startsWith("Which part of the system");
        var own = mentee.post(path(id, "/answers"), "{\"question\":\"What should I stop doing?\",\"answer\":\"Reviewing at midnight\"}");
        assertThat(own.status()).isEqualTo(201);
        assertThat(mentee.post(path(id, "/questions/growth-tech-02/skip"), "").status()).isEqualTo(204);
        assertThat(ids(mentee.get(path(id, "/questions")).json().get("items"))).doesNotContain("growth-tech-01", "growth-tech-02")
                .contains("growth-tech-03");

        var risk = mentee.post(path(id, "/risks"), json("{'description':'Release freeze blocks the migration','likelihood':2,'impact':3,"
                + "'support':'Ask for an exception early','ownerId':'%s'}", world.mentee().id()));
        assertThat(risk.status()).as(risk.toString()).isEqualTo(201);
        assertThat(risk.json().get("score").asInt()).isEqualTo(6);
        assertThat(risk.header("Location")).startsWith("/api/v1/risks/");

        var feedback = mentor.post(path(id, "/feedback"), "{\"situation\":\"In Tuesday's design review\",\"behaviour\":\"you summarised the options first\","
                + "\"impact\":\"the team decided in ten minutes\",\"nextStep\":\"Do the same in the planning meeting\"}");
        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(201);
        assertThat(feedback.json().get("findings").isArray()).isTrue();
        assertThat(feedback.json().get("giver").get("displayName").asString()).isEqualTo("Mona Mentor");
        assertThat(feedback.json().get("receiver").get("displayName").asString()).isEqualTo("Manu Mentee");
        assertThat(mentee.post(path(id, "/feedback"), "{\"text\":\"Thanks for the quick answers on Slack this week\"}").status()).isEqualTo(201);
        var judged = mentor.post(path(id, "/feedback"), "{\"text\":\"You are always so lazy with reviews.\"}");
        assertThat(judged.status()).isEqualTo(201);
        assertThat(judged.json().get("findings").findValuesAsString("rule")).contains("TRAIT_LANGUAGE", "ABSOLUTE");

        var action = mentee.post(path(id, "/action-items"), json("{'task':'Split the billing PR into three reviewable parts','ownerId':'%s',"
                + "'dueOn':'%s','resources':[{'kind':'COACHING_HOURS','description':'one pairing hour'},'a quiet afternoon']}",
                world.mentee().id(), LocalDate.now().plusDays(10)));
        assertThat(action.status()).as(action.toString()).isEqualTo(201);
        assertThat(action.json().get("resources").get(1).get("kind").asString()).isEqualTo("OTHER");
        assertThat(action.header("Location")).isEqualTo("/api/v1/action-items/" + action.json().get("id").asString());

        var win = mentor.post(path(id, "/wins"), "{\"text\":\"First on-call week without an escalation\"}");
        assertThat(win.status()).isEqualTo(201);
        var note = mentee.post(path(id, "/notes"), "{\"text\":\"Ask about the staff track next time\",\"visibility\":\"PAIR\"}");
        assertThat(note.status()).as(note.toString()).isEqualTo(201);

        JsonNode checkIn = mentor.get("/api/v1/check-ins/" + id).json();
        assertThat(checkIn.get("review").get("observations")).hasSize(1);
        assertThat(checkIn.get("interpretation").get("worked").asString()).isEqualTo("Pairing on reviews");
        assertThat(checkIn.get("answers")).hasSize(2);
        assertThat(checkIn.get("risks")).hasSize(1);
        assertThat(checkIn.get("feedback")).hasSize(3);
        assertThat(checkIn.get("actionItems")).hasSize(1);
        assertThat(checkIn.get("wins")).hasSize(1);
        assertThat(checkIn.get("notes")).hasSize(1);

        mentor.post(path(id, "/complete"), "");
        String markdown = markdownSummary(world.mentee().email(), id);
        assertThat(markdown).contains("## Review", "Asked for review context", "## What we made of it", "Pairing on reviews",
                "## Growth conversation", "The billing pipeline", "## Risks ahead", "Release freeze", "## Feedback",
                "## Celebrations", "First on-call week", "## Action plan", "Split the billing PR", "## Notes", "staff track");
        var json = mentee.get(path(id, "/summary"));
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.json().get("html").asString()).contains("<h2>Action plan</h2>");
    }

    @Test
    void badInputIsRefusedWithTheFieldsNamedAndChangesNothing() {
        String id = schedule();

        var observation = mentee.post(path(id, "/observations"), "{\"kind\":\"MOOD\",\"text\":\"\"}");
        assertThat(observation.status()).isEqualTo(400);
        assertThat(fields(observation.json())).contains("kind");
        var risk = mentee.post(path(id, "/risks"), json("{'description':'x','likelihood':4,'impact':0,'support':'s','ownerId':'%s'}",
                world.otherMentee().id()));
        assertThat(fields(risk.json())).contains("likelihood", "impact", "ownerId");
        var vague = mentee.post(path(id, "/action-items"), json("{'task':'work harder on it','ownerId':'%s','dueOn':'%s'}",
                world.mentee().id(), LocalDate.now().plusDays(3)));
        assertThat(fields(vague.json())).containsExactly("task");
        var unknownGoal = mentee.post(path(id, "/action-items"), json("{'task':'Draft the rollout plan for billing','ownerId':'%s',"
                + "'dueOn':'%s','goalId':'%s'}", world.mentee().id(), LocalDate.now().plusDays(3), java.util.UUID.randomUUID()));
        assertThat(fields(unknownGoal.json())).containsExactly("goalId");
        var note = mentee.post(path(id, "/notes"), "{\"text\":\"x\",\"visibility\":\"EVERYONE\"}");
        assertThat(fields(note.json())).containsExactly("visibility");

        JsonNode checkIn = mentee.get("/api/v1/check-ins/" + id).json();
        assertThat(checkIn.get("review").get("observations")).isEmpty();
        assertThat(checkIn.get("risks")).isEmpty();
        assertThat(checkIn.get("actionItems")).isEmpty();
        assertThat(checkIn.get("notes")).isEmpty();
    }

    @Test
    void theSummaryIsOnlyWrittenWhenTheCheckInIsCompleted() {
        String id = schedule();

        var summary = mentor.get(path(id, "/summary"));

        assertThat(summary.status()).isEqualTo(409);
        assertThat(summary.json().get("detail").asString()).contains("completed");
    }

    // ---- goals (through the goal feature's read API)

    @Test
    void theReviewShowsHowEachGoalMovedAndAnActionItemCanNameTheGoalAndCountsAsItsEffort() {
        String goal = mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals",
                Bodies.goal("Support satisfaction", LocalDate.now().plusDays(90))).json().get("id").asString();
        assertThat(mentor.post("/api/v1/goals/" + goal + "/agreement", "").status()).isEqualTo(200);
        String first = schedule();
        mentor.post(path(first, "/start"), "");
        mentor.post(path(first, "/complete"), "");
        assertThat(mentee.post("/api/v1/goals/" + goal + "/measurements", json("{'value':55,'observedOn':'%s'}", LocalDate.now())).status())
                .isEqualTo(201);

        String second = schedule();
        JsonNode checkIn = mentor.get("/api/v1/check-ins/" + second).json();
        JsonNode measured = checkIn.get("review").get("measurements").get(0);
        assertThat(measured.get("goalTitle").asString()).isEqualTo("Support satisfaction");
        assertThat(measured.get("to").decimalValue()).isEqualByComparingTo("55");
        var linked = mentee.post(path(second, "/action-items"), json("{'task':'Review ten closed tickets with the team','ownerId':'%s',"
                + "'dueOn':'%s','goalId':'%s'}", world.mentee().id(), LocalDate.now().plusDays(7), goal));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.json().get("goalId").asString()).isEqualTo(goal);
        mentee.patch("/api/v1/action-items/" + linked.json().get("id").asString(), "{\"status\":\"DONE\"}");

        var effort = context.getBean(org.tandem.goal.EffortSource.class).effortFor(world.organization().id(),
                org.tandem.goal.GoalId.of(goal), LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        assertThat(effort.doneActionItems()).isEqualTo(1);
    }

    @Test
    void theSummaryNamesEveryGoalRevisionMadeDuringTheCheckInWithItsRationaleAndLeavesOutWithdrawnOnes() {
        String goal = mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals",
                Bodies.goal("Support satisfaction", LocalDate.now().plusDays(90))).json().get("id").asString();
        mentor.post("/api/v1/goals/" + goal + "/agreement", "");
        String id = schedule();
        mentor.post(path(id, "/start"), "");
        String kept = mentee.post("/api/v1/goals/" + goal + "/revisions", json("{'changes':{'indicator':{'target':70}},"
                + "'rationale':'Half the team moved to the migration project'}")).json().get("id").asString();
        assertThat(mentor.post("/api/v1/goals/" + goal + "/revisions/" + kept + "/agreement", "").status()).isEqualTo(200);
        String withdrawn = mentee.post("/api/v1/goals/" + goal + "/revisions", json("{'changes':{'indicator':{'target':60}},"
                + "'rationale':'Second thoughts about the target'}")).json().get("id").asString();
        mentee.post("/api/v1/goals/" + goal + "/revisions/" + withdrawn + "/withdrawal", "");

        String summary = mentor.post(path(id, "/complete"), "").json().get("summary").get("markdown").asString();

        assertThat(summary).contains("Support satisfaction").contains("Half the team moved to the migration project");
        assertThat(summary).doesNotContain("Second thoughts about the target");
    }

    // ---- nothing is dropped silently

    @Test
    void openActionItemsAndRisksCarryOverAcrossTwoAndThreeCheckInsUntilClosed() {
        String first = schedule();
        mentor.post(path(first, "/start"), "");
        String done = planAction(first, "Write the onboarding checklist draft");
        String kept = planAction(first, "Pair with Sam on the billing tests");
        String dropped = planAction(first, "Read the distributed tracing guide");
        String risk = raiseRisk(first, "Team reorg may move the project");
        mentor.post(path(first, "/complete"), "");

        String second = schedule();
        JsonNode recap = mentor.get("/api/v1/check-ins/" + second).json().get("carriedOver");
        assertThat(ids(recap.get("actionItems"))).containsExactlyInAnyOrder(done, kept, dropped);
        assertThat(recap.get("actionItems").get(0).get("carried").asString()).isEqualTo("STILL_OPEN");
        assertThat(ids(recap.get("risks"))).containsExactly(risk);
        mentee.post(path(second, "/start"), "");
        assertThat(mentee.patch("/api/v1/action-items/" + done, "{\"status\":\"DONE\"}").status()).isEqualTo(200);
        var noReason = mentee.patch("/api/v1/action-items/" + dropped, "{\"status\":\"DROPPED\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason.json())).containsExactly("reason");
        assertThat(mentee.get("/api/v1/action-items/" + dropped).json().get("status").asString()).isEqualTo("OPEN");
        var dropping = mentee.patch("/api/v1/action-items/" + dropped, "{\"status\":\"DROPPED\",\"reason\":\"The team chose another tool\"}");
        assertThat(dropping.json().get("closure").get("checkInId").asString()).isEqualTo(second);
        JsonNode during = mentor.get("/api/v1/check-ins/" + second).json().get("carriedOver").get("actionItems");
        assertThat(carried(during, done)).isEqualTo("DONE");
        assertThat(carried(during, dropped)).isEqualTo("DROPPED");
        assertThat(reason(during, dropped)).isEqualTo("The team chose another tool");
        mentee.post(path(second, "/complete"), "");
        assertThat(markdownSummary(world.mentor().email(), second)).contains("Done", "Write the onboarding checklist draft",
                "Still open", "Pair with Sam");

        String third = schedule();
        JsonNode later = mentor.get("/api/v1/check-ins/" + third).json().get("carriedOver");
        assertThat(ids(later.get("actionItems"))).containsExactly(kept);
        assertThat(later.get("actionItems").get(0).get("carried").asString()).isEqualTo("STILL_OPEN");
        assertThat(ids(later.get("risks"))).containsExactly(risk);

        mentor.post(path(third, "/start"), "");
        var replanned = mentor.patch("/api/v1/action-items/" + kept, json("{'dueOn':'%s'}", LocalDate.now().plusDays(40)));
        assertThat(replanned.status()).as(replanned.toString()).isEqualTo(200);
        assertThat(carried(mentor.get("/api/v1/check-ins/" + third).json().get("carriedOver").get("actionItems"), kept)).isEqualTo("REPLANNED");
        var closed = mentor.patch("/api/v1/risks/" + risk, "{\"status\":\"CLOSED\",\"reason\":\"The reorg was postponed\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(mentor.get("/api/v1/check-ins/" + third).json().get("carriedOver").get("risks").get(0).get("carried").asString())
                .isEqualTo("CLOSED");
    }

    // ---- private notes

    @Test
    void aPrivateNoteReachesItsAuthorOnlyNeverTheOtherPartyALeadAnAdminTheSummaryOrAnotherPersonsExport() {
        String id = schedule();
        mentor.post(path(id, "/start"), "");
        String secret = mentor.post(path(id, "/notes"), "{\"text\":\"Worried about burnout signs\",\"visibility\":\"PRIVATE\"}")
                .json().get("id").asString();
        String shared = mentor.post(path(id, "/notes"), "{\"text\":\"Agreed to shorter check-ins in May\",\"visibility\":\"PAIR\"}")
                .json().get("id").asString();
        var admin = as(world.admin());
        var lead = as(world.lead());

        assertThat(texts(mentor.get("/api/v1/check-ins/" + id).json().get("notes"))).containsExactly("Worried about burnout signs",
                "Agreed to shorter check-ins in May");
        assertThat(mentor.get("/api/v1/notes/" + secret).status()).isEqualTo(200);

        assertThat(mentee.get("/api/v1/check-ins/" + id).body()).doesNotContain("burnout").contains("shorter check-ins");
        assertThat(mentee.get("/api/v1/notes/" + secret).status()).isEqualTo(404);
        assertThat(mentee.get("/api/v1/notes/" + shared).status()).isEqualTo(200);

        var asAdmin = admin.get("/api/v1/check-ins/" + id);
        assertThat(asAdmin.status()).isEqualTo(404);
        assertThat(asAdmin.body()).doesNotContain("burnout", "shorter check-ins");
        assertThat(admin.get("/api/v1/notes/" + secret).status()).isEqualTo(404);
        assertThat(lead.get("/api/v1/check-ins/" + id).status()).isEqualTo(404);
        assertThat(lead.get("/api/v1/notes/" + secret).status()).isEqualTo(404);

        mentor.post(path(id, "/complete"), "");
        String summary = markdownSummary(world.mentor().email(), id);
        assertThat(summary).contains("shorter check-ins").doesNotContain("burnout");
        assertThat(mentor.get(path(id, "/summary")).json().get("html").asString()).doesNotContain("burnout");

        assertThat(admin.get("/api/v1/people/" + world.mentor().id() + "/export").body()).doesNotContain("shorter check-ins").doesNotContain("burnout");
        assertThat(mentee.get("/api/v1/people/" + world.mentee().id() + "/export").body()).doesNotContain("burnout");
        var own = mentor.get("/api/v1/people/" + world.mentor().id() + "/export");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("burnout");
    }

    // ---- ratings

    @Test
    void onlyTheMenteeRatesTheCheckInAndOnlyTheMentorRatesAutonomyAfterCompletion() {
        String id = schedule();
        mentor.post(path(id, "/start"), "");
        String rating = "{\"clarity\":4,\"usefulness\":5,\"support\":4,\"comment\":\"Clear next steps\"}";
        assertThat(mentee.post(path(id, "/rating"), rating).status()).as("before completion").isEqualTo(409);
        mentor.post(path(id, "/complete"), "");

        assertThat(mentor.post(path(id, "/rating"), rating).status()).isEqualTo(403);
        assertThat(as(world.admin()).post(path(id, "/rating"), rating).status()).isEqualTo(404);
        assertThat(as(world.lead()).post(path(id, "/rating"), rating).status()).isEqualTo(404);
        assertThat(as(world.otherMentee()).post(path(id, "/rating"), rating).status()).isEqualTo(404);
        assertThat(mentee.post(path(id, "/autonomy"), "{\"rating\":5}").status()).isEqualTo(403);
        assertThat(as(world.admin()).post(path(id, "/autonomy"), "{\"rating\":3}").status()).isEqualTo(404);
        assertThat(mentee.post(path(id, "/rating"), "{\"clarity\":6,\"usefulness\":5,\"support\":4}").status()).isEqualTo(400);

        var given = mentee.post(path(id, "/rating"), rating);
        assertThat(given.status()).as(given.toString()).isEqualTo(201);
        assertThat(given.json().get("usefulness").asInt()).isEqualTo(5);
        assertThat(mentee.post(path(id, "/rating"), rating).status()).as("only once").isEqualTo(409);
        assertThat(mentor.post(path(id, "/autonomy"), "{\"rating\":3}").status()).isEqualTo(201);

        JsonNode seenByMentor = mentor.get("/api/v1/check-ins/" + id).json();
        assertThat(seenByMentor.get("rated").asBoolean()).isTrue();
        assertThat(seenByMentor.has("rating")).isFalse();
        assertThat(seenByMentor.get("autonomy").get("rating").asInt()).isEqualTo(3);
        JsonNode seenByMentee = mentee.get("/api/v1/check-ins/" + id).json();
        assertThat(seenByMentee.get("rating").get("comment").asString()).isEqualTo("Clear next steps");
        assertThat(seenByMentee.has("autonomy")).isFalse();
    }

    // ---- conflicts

    @Test
    void twoEditsOfTheInterpretationFromTheSameVersionNeverOverwriteEachOther() {
        String id = schedule();
        var first = mentor.put(path(id, "/interpretation"), "{\"worked\":\"Mentor's view\",\"version\":0}");
        assertThat(first.status()).isEqualTo(200);

        var second = mentee.put(path(id, "/interpretation"), "{\"worked\":\"Mentee's view\",\"version\":0}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(second.header("ETag")).isEqualTo("\"1\"");
        var viaIfMatch = mentee.with("If-Match", "\"0\"").put(path(id, "/interpretation"), "{\"worked\":\"Mentee's view\"}");
        assertThat(viaIfMatch.status()).isEqualTo(412);
        assertThat(mentee.get(path(id, "/interpretation")).json().get("worked").asString()).isEqualTo("Mentor's view");

        var fresh = mentee.with("If-Match", "\"1\"").put(path(id, "/interpretation"), "{\"worked\":\"Both views, merged\"}");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void theTakeawayIsWrittenWhileTheCheckInRunsGuardedByItsVersionAndShownInTheCheckIn() {
        String id = schedule();
        var tooEarly = mentor.put(path(id, "/takeaway"), "{\"text\":\"Smaller PRs\"}");
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(mentor.post(path(id, "/start"), "").status()).isEqualTo(200);
        assertThat(mentor.get(path(id, "/takeaway")).json().get("version").asLong()).isZero();

        var first = mentor.put(path(id, "/takeaway"), "{\"text\":\"Smaller PRs get read the same day\",\"version\":0}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        var stale = mentee.put(path(id, "/takeaway"), "{\"text\":\"Mentee's words\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(mentee.with("If-Match", "\"0\"").put(path(id, "/takeaway"), "{\"text\":\"Mentee's words\"}").status()).isEqualTo(412);
        var tooLong = mentee.put(path(id, "/takeaway"), "{\"text\":\"" + "x".repeat(2001) + "\",\"version\":1}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("text");

        var merged = mentee.with("If-Match", "\"1\"").put(path(id, "/takeaway"), "{\"text\":\"Smaller PRs, read the same day\"}");
        assertThat(merged.status()).isEqualTo(200);
        JsonNode checkIn = mentor.get("/api/v1/check-ins/" + id).json();
        assertThat(checkIn.get("takeaway").get("text").asString()).isEqualTo("Smaller PRs, read the same day");
        assertThat(checkIn.get("takeaway").get("version").asLong()).isEqualTo(2);
        assertThat(checkIn.get("takeaway").get("updatedBy").get("id").asString()).isEqualTo(world.mentee().id().toString());

        assertThat(mentor.post(path(id, "/complete"), "").status()).isEqualTo(200);
        assertThat(mentor.get(path(id, "/summary")).json().get("markdown").asString())
                .contains("What we take away", "Smaller PRs, read the same day");
        assertThat(mentee.put(path(id, "/takeaway"), "{\"text\":\"Later words\"}").status()).isEqualTo(409);
    }

    @Test
    void twoChangesOfAnActionItemFromTheSameVersionAnswer412Or409AndKeepTheFirst() {
        String id = schedule();
        String item = planAction(id, "Book two coaching hours on facilitation");
        String etag = mentee.get("/api/v1/action-items/" + item).header("ETag");

        var done = mentor.with("If-Match", etag).patch("/api/v1/action-items/" + item, "{\"status\":\"DONE\"}");
        assertThat(done.status()).isEqualTo(200);
        var stale = mentee.with("If-Match", etag).patch("/api/v1/action-items/" + item, "{\"status\":\"DROPPED\",\"reason\":\"No budget\"}");
        assertThat(stale.status()).isEqualTo(412);
        var staleBody = mentee.patch("/api/v1/action-items/" + item, "{\"status\":\"OPEN\",\"version\":0}");
        assertThat(staleBody.status()).isEqualTo(409);

        assertThat(mentee.get("/api/v1/action-items/" + item).json().get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void aStaleIfMatchOnTheCheckInItselfIsRefused() {
        String id = schedule();
        mentee.post(path(id, "/reschedule"), json("{'scheduledAt':'%s'}", inHours(5)));

        var stale = mentor.with("If-Match", "\"0\"").post(path(id, "/start"), "");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(mentor.get("/api/v1/check-ins/" + id).json().get("status").asString()).isEqualTo("SCHEDULED");
    }

    // ---- who is kept out

    @Test
    void aMentorOfAnotherPairAnIdleLeadTheProgramLeadAndAnotherOrganizationDoNotSeeTheCheckIn() {
        String id = schedule();
        String item = planAction(id, "Draft the migration plan for billing");
        World elsewhere = World.create(context);
        List<Api> outsiders = List.of(as(world.otherMentor()), as(world.idleLead()),
                as(world.lead()), as(elsewhere.mentor()),
                as(elsewhere.admin()));

        for (Api outsider : outsiders) {
            assertThat(outsider.get("/api/v1/check-ins/" + id).status()).isEqualTo(404);
            assertThat(outsider.get(checkInsOf(world)).status()).isEqualTo(404);
            assertThat(outsider.post(path(id, "/observations"), json("{'kind':'METRIC','text':'x','observedOn':'%s'}", LocalDate.now()))
                    .status()).isEqualTo(404);
            assertThat(outsider.get("/api/v1/action-items/" + item).status()).isEqualTo(404);
            assertThat(outsider.patch("/api/v1/action-items/" + item, "{\"status\":\"DONE\"}").status()).isEqualTo(404);
            assertThat(outsider.post(path(id, "/start"), "").status()).isEqualTo(404);
        }
        assertThat(mentee.get("/api/v1/action-items/" + item).json().get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void anAdminSeesThatTheCheckInIsPlannedButNotTheCheckInItself() {
        String id = schedule();
        var admin = as(world.admin());

        assertThat(admin.get(checkInsOf(world)).body()).contains(id);
        assertThat(admin.get("/api/v1/check-ins/" + id).status()).isEqualTo(404);
        assertThat(admin.post(path(id, "/start"), "").status()).isEqualTo(404);
        assertThat(admin.post(path(id, "/observations"), json("{'kind':'METRIC','text':'x','observedOn':'%s'}", LocalDate.now()))
                .status()).isEqualTo(404);
    }

    // ---- conventions

    @Test
    void aRetriedScheduleWithTheSameIdempotencyKeyCreatesOneCheckIn() {
        String body = json("{'scheduledAt':'%s'}", inHours(6));
        var first = mentor.with("Idempotency-Key", "schedule-1").post(checkInsOf(world), body);
        var retry = mentor.with("Idempotency-Key", "schedule-1").post(checkInsOf(world), body);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        // Beside the check-in the cadence planned when the pair started.
        assertThat(mentor.get(checkInsOf(world)).json().get("items")).hasSize(2);
    }

    @Test
    void theMentorshipsCheckInsArePaginated() {
        schedule();
        schedule();

        // Three: the cadence planned the first when the pair started.
        JsonNode page = mentor.get(checkInsOf(world) + "?limit=2").json();
        assertThat(page.get("items")).hasSize(2);
        JsonNode rest = mentor.get(checkInsOf(world) + "?limit=2&cursor=" + page.get("nextCursor").asString()).json();
        assertThat(rest.get("items")).hasSize(1);
        assertThat(rest.has("nextCursor")).isFalse();
    }

    @Test
    void thePromptLibraryIsFilteredBySectionAndEmphasis() {
        JsonNode prompts = mentee.get("/api/v1/prompts?section=GROWTH&emphasis=LEADERSHIP").json().get("items");

        assertThat(prompts.size()).isGreaterThanOrEqualTo(10);
        assertThat(prompts.get(0).get("emphasis").asString()).isEqualTo("LEADERSHIP");
        assertThat(prompts.get(prompts.size() - 1).get("emphasis").asString()).isEqualTo("GENERAL");
        assertThat(mentee.get("/api/v1/prompts").json().get("items").size()).isGreaterThanOrEqualTo(40);
        assertThat(mentee.get("/api/v1/prompts?section=LUNCH").status()).isEqualTo(400);
    }

    // ---- helpers

    private String schedule() {
        var created = mentor.post(checkInsOf(world), json("{'scheduledAt':'%s'}", inHours(1)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String planAction(String checkIn, String task) {
        var created = mentee.post(path(checkIn, "/action-items"), json("{'task':'%s','ownerId':'%s','dueOn':'%s','resources':[]}", task,
                world.mentee().id(), LocalDate.now().plusDays(14)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String raiseRisk(String checkIn, String description) {
        var created = mentor.post(path(checkIn, "/risks"), json("{'description':'%s','likelihood':2,'impact':2,'support':'Talk to the skip level',"
                + "'ownerId':'%s'}", description, world.mentor().id()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The summary with Accept: text/markdown only (the test client's default Accept asks for JSON). */
    private String markdownSummary(String email, String id) {
        var response = Api.at(port).as(email).with("Accept", "text/markdown").get(path(id, "/summary"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/markdown");
        return response.body();
    }

    private static String checkInsOf(World world) {
        return "/api/v1/mentorships/" + world.mentorship().id() + "/check-ins";
    }

    private static String path(String checkIn, String rest) {
        return "/api/v1/check-ins/" + checkIn + rest;
    }

    private static String inHours(int hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static List<String> kinds(JsonNode agenda) {
        List<String> kinds = new ArrayList<>();
        agenda.forEach(s -> kinds.add(s.get("kind").asString()));
        return kinds;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(i.get("text").asString()));
        return texts;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static String carried(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return item.get("carried").asString();
            }
        }
        return null;
    }

    private static String reason(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return item.get("closure").get("reason").asString();
            }
        }
        return null;
    }
}
