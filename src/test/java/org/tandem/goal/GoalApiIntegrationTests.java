package org.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;
import static org.tandem.support.Bodies.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/** Every goal endpoint of API.md, from the side of each person it serves and each person it keeps out. */
@IntegrationTest
class GoalApiIntegrationTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

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
        mentor = Api.at(port).as(world.mentor().email());
        mentee = Api.at(port).as(world.mentee().email());
    }

    // ------------------------------------------------------------ proposing

    @Test
    void proposingAGoalAnswers201WithLocationStatusProposedAndTheFiveSmartVerdicts() {
        var created = mentee.post(goalsOf(world), goal("Support satisfaction", today().plusDays(90)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/v1/goals/" + body.get("id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(body.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(body.get("awaitingAgreementFrom").get("displayName").asString()).isEqualTo(world.mentor().displayName());
        for (String property : List.of("specific", "measurable", "attainable", "relevant", "timeBound")) {
            assertThat(body.get("smart").get(property).get("ok").asBoolean()).as(property).isTrue();
            assertThat(body.get("smart").get(property).get("message").asString()).as(property).isNotBlank();
        }
        assertThat(body.get("menteePreferences")).as("preferences travel with the goal").isNotNull();
        assertThat(mentee.get(created.header("Location")).status()).isEqualTo(200);
    }

    @Test
    void anIncompleteProposalIsRefusedWith400NamingEachMissingField() {
        var refused = mentee.post(goalsOf(world), "{\"title\":\"Something\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).contains("statement", "kind", "indicator.name", "indicator.target", "dueOn");
        assertThat(mentee.get(goalsOf(world)).json().get("items").size()).isZero();
    }

    @Test
    void theSmartCheckAnswersAnIncompleteDraftWith200AndSavesNothing() {
        var checked = mentee.post("/api/v1/smart-check", "{\"statement\":\"Get better at writing design docs\"}");

        assertThat(checked.status()).isEqualTo(200);
        JsonNode smart = checked.json().get("smart");
        assertThat(smart.get("specific").get("ok").asBoolean()).isFalse();
        assertThat(smart.get("measurable").get("ok").asBoolean()).isFalse();
        assertThat(smart.get("timeBound").get("message").asString()).contains("due date");
        assertThat(mentee.post("/api/v1/smart-check", "{}").status()).isEqualTo(200);
        assertThat(mentee.get(goalsOf(world)).json().get("items").size()).isZero();
    }

    @Test
    void theSmartCheckOfTheApiAndOfAProposedGoalAgree() {
        String body = goal("Support satisfaction", today().plusDays(90));
        JsonNode checked = mentee.post("/api/v1/smart-check", body).json().get("smart");
        JsonNode proposed = mentee.post(goalsOf(world), body).json().get("smart");

        assertThat(proposed).isEqualTo(checked);
    }

    @Test
    void anIdempotencyKeyMakesARetriedProposalCreateOneGoal() {
        Api keyed = mentee.with("Idempotency-Key", "propose-once");
        var first = keyed.post(goalsOf(world), goal("Support satisfaction", today().plusDays(90)));
        var retry = keyed.post(goalsOf(world), goal("Support satisfaction", today().plusDays(90)));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(mentee.get(goalsOf(world)).json().get("items").size()).isEqualTo(1);
    }

    // ------------------------------------------------------------ agreement

    @Test
    void theProposerCannotAgreeToTheirOwnGoal() {
        String id = propose(mentee);

        var refused = mentee.post("/api/v1/goals/" + id + "/agreement", "");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("You proposed this goal", "mentor agrees");
        assertThat(mentee.get("/api/v1/goals/" + id).json().get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void theOtherPartyAgreesAndTheGoalBecomesActive() {
        String id = propose(mentee);

        var agreed = mentor.post("/api/v1/goals/" + id + "/agreement", "");

        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.header("ETag")).isEqualTo("\"1\"");
        assertThat(agreed.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(agreed.json().get("agreedBy").get("id").asString()).isEqualTo(world.mentor().id().toString());
        assertThat(mentor.post("/api/v1/goals/" + id + "/agreement", "").status()).as("agreeing twice").isEqualTo(409);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String id = propose(mentee);

        var refused = mentor.with("If-Match", "\"7\"").post("/api/v1/goals/" + id + "/agreement", "");

        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.header("ETag")).isEqualTo("\"0\"");
        assertThat(mentor.get("/api/v1/goals/" + id).json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(mentor.with("If-Match", "\"0\"").post("/api/v1/goals/" + id + "/agreement", "").status()).isEqualTo(200);
    }

    @Test
    void anAdminSeesTheGoalButOnlyThePairAgrees() {
        String id = propose(mentee);
        Api admin = Api.at(port).as(world.admin().email());

        assertThat(admin.get("/api/v1/goals/" + id).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/goals/" + id + "/agreement", "").status()).isEqualTo(403);
    }

    // ----------------------------------------------------------------- rights

    @Test
    void peopleOutsideThePairGet404ForTheGoalAndItsParts() {
        String id = active();
        World elsewhere = World.create(context);
        List<Api> outsiders = List.of(Api.at(port).as(world.otherMentor().email()), Api.at(port).as(world.idleLead().email()),
                Api.at(port).as(world.lead().email()), Api.at(port).as(elsewhere.admin().email()));

        for (Api outsider : outsiders) {
            for (String path : List.of("", "/measurements", "/revisions", "/signals")) {
                assertThat(outsider.get("/api/v1/goals/" + id + path).status()).as(path).isEqualTo(404);
            }
            assertThat(outsider.post("/api/v1/goals/" + id + "/measurements", measurement("50", today())).status()).isEqualTo(404);
            assertThat(outsider.post("/api/v1/goals/" + id + "/revisions", revision("{'title':'Other'}", "Because")).status()).isEqualTo(404);
            assertThat(outsider.get(goalsOf(world)).status()).isEqualTo(404);
            assertThat(outsider.post(goalsOf(world), goal("Sneaky", today().plusDays(30))).status()).isEqualTo(404);
        }
    }

    @Test
    void theProgramLeadSeesCountsButNotTheGoals() {
        String active = active();
        propose(mentor);
        Api lead = Api.at(port).as(world.lead().email());

        var counts = lead.get("/api/v1/mentorships/" + world.mentorship().id() + "/goal-counts");

        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.json().get("proposed").asInt()).isEqualTo(1);
        assertThat(counts.json().get("active").asInt()).isEqualTo(1);
        assertThat(counts.json().get("total").asInt()).isEqualTo(2);
        assertThat(counts.body()).doesNotContain("Support satisfaction");
        assertThat(lead.get("/api/v1/goals/" + active).status()).isEqualTo(404);
        assertThat(Api.at(port).as(world.idleLead().email()).get("/api/v1/mentorships/" + world.mentorship().id() + "/goal-counts").status())
                .isEqualTo(404);
    }

    // ------------------------------------------------------------------ lists

    @Test
    void theGoalsOfAMentorshipArePaginated() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(propose(mentee));
        }

        JsonNode first = mentor.get(goalsOf(world) + "?limit=2").json();
        JsonNode second = mentor.get(goalsOf(world) + "?limit=2&cursor=" + first.get("nextCursor").asString()).json();

        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.has("nextCursor")).isFalse();
        assertThat(List.of(first.get("items").get(0).get("id").asString(), first.get("items").get(1).get("id").asString(),
                second.get("items").get(0).get("id").asString())).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(Api.at(port).as(world.otherMentor().email()).get("/api/v1/mentorships/" + world.otherMentorship().id() + "/goals")
                .json().get("items").size()).as("another pair's list").isZero();
    }

    // ----------------------------------------------------------- measurements

    @Test
    void measurementsAreRecordedWithWhoAndListedInTheOrderObserved() {
        String id = active();

        var recorded = mentee.post("/api/v1/goals/" + id + "/measurements", measurement("52", today().minusDays(1)));
        mentor.post("/api/v1/goals/" + id + "/measurements", json("{'value':46,'observedOn':'%s','note':'Backfilled from the survey'}",
                today().minusDays(10)));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(mentee.get(recorded.header("Location")).json().get("value").asInt()).isEqualTo(52);
        JsonNode items = mentee.get("/api/v1/goals/" + id + "/measurements").json().get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("value").asInt()).isEqualTo(46);
        assertThat(items.get(0).get("note").asString()).isEqualTo("Backfilled from the survey");
        assertThat(items.get(0).get("recordedBy").get("displayName").asString()).isEqualTo(world.mentor().displayName());
        assertThat(items.get(1).get("recordedBy").get("displayName").asString()).isEqualTo(world.mentee().displayName());
        JsonNode progress = mentee.get("/api/v1/goals/" + id).json().get("progress");
        assertThat(progress.get("latest").asInt()).isEqualTo(52);
        assertThat(progress.get("percent").asInt()).isEqualTo(30);
        assertThat(progress.get("projection").get("valueAtDue")).isNotNull();
    }

    @Test
    void aMeasurementObservedInTheFutureIsRefusedAndNotStored() {
        String id = active();

        var refused = mentee.post("/api/v1/goals/" + id + "/measurements", measurement("52", today().plusDays(2)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactly("observedOn");
        assertThat(mentee.get("/api/v1/goals/" + id + "/measurements").json().get("items").size()).isZero();
        assertThat(mentee.post("/api/v1/goals/" + id + "/measurements", "{\"observedOn\":\"2027-01-01\"}").status()).isEqualTo(400);
        assertThat(mentee.post("/api/v1/goals/" + id + "/measurements", measurement("1.23456", today())).status())
                .as("more decimals than stored").isEqualTo(400);
    }

    // -------------------------------------------------------------- revisions

    @Test
    void aRevisionWithoutRationaleIs400NamingTheFieldAndChangesNothing() {
        String id = active();
        String etag = mentee.get("/api/v1/goals/" + id).header("ETag");

        var refused = mentee.post("/api/v1/goals/" + id + "/revisions", json("{'changes':{'dueOn':'%s'}}", today().plusDays(120)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(refused.json())).containsExactly("rationale");
        var goal = mentee.get("/api/v1/goals/" + id);
        assertThat(goal.header("ETag")).isEqualTo(etag);
        assertThat(goal.json().get("dueOn").asString()).isEqualTo(today().plusDays(90).toString());
        assertThat(mentee.get("/api/v1/goals/" + id + "/revisions").json().get("items").size()).isZero();
    }

    @Test
    void aRevisionChangesTheGoalOnlyWhenTheOtherPartyAgreesAndHistoryKeepsBeforeAndAfter() {
        String id = active();
        LocalDate later = today().plusDays(150);

        var proposed = mentee.post("/api/v1/goals/" + id + "/revisions", revision(
                json("{'dueOn':'%s','indicator':{'target':70}}", later), "The team lost a month to the migration"));

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String revision = proposed.json().get("id").asString();
        assertThat(proposed.header("Location")).endsWith("/revisions/" + revision);
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.json().get("after").get("dueOn").asString()).isEqualTo(later.toString());
        assertThat(mentee.get("/api/v1/goals/" + id).json().get("dueOn").asString()).as("unchanged until agreed")
                .isEqualTo(today().plusDays(90).toString());
        assertThat(mentee.post("/api/v1/goals/" + id + "/revisions/" + revision + "/agreement", "").status()).as("proposer").isEqualTo(403);

        var agreed = mentor.post("/api/v1/goals/" + id + "/revisions/" + revision + "/agreement", "");

        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.json().get("status").asString()).isEqualTo("APPLIED");
        assertThat(agreed.json().get("goal").get("dueOn").asString()).isEqualTo(later.toString());
        assertThat(agreed.json().get("goal").get("indicator").get("target").asInt()).isEqualTo(70);
        JsonNode history = mentor.get("/api/v1/goals/" + id + "/revisions").json().get("items");
        assertThat(history.size()).isEqualTo(1);
        JsonNode entry = history.get(0);
        assertThat(entry.get("rationale").asString()).isEqualTo("The team lost a month to the migration");
        assertThat(entry.get("before").get("dueOn").asString()).isEqualTo(today().plusDays(90).toString());
        assertThat(entry.get("after").get("dueOn").asString()).isEqualTo(later.toString());
        assertThat(entry.get("before").get("indicator.target").asString()).isEqualTo("80");
        assertThat(entry.get("after").get("indicator.target").asString()).isEqualTo("70");
        assertThat(entry.get("proposedBy").get("id").asString()).isEqualTo(world.mentee().id().toString());
        assertThat(entry.get("agreedBy").get("id").asString()).isEqualTo(world.mentor().id().toString());
        assertThat(entry.get("agreedAt").asString()).isNotBlank();
        assertThat(mentor.post("/api/v1/goals/" + id + "/revisions/" + revision + "/agreement", "").status()).as("twice").isEqualTo(409);
    }

    @Test
    void theHistoryListsRevisionsOldestFirstWithdrawnOnesIncluded() {
        String id = active();
        String first = mentee.post("/api/v1/goals/" + id + "/revisions", revision("{'title':'Happier customers'}", "Clearer name"))
                .json().get("id").asString();
        mentor.post("/api/v1/goals/" + id + "/revisions/" + first + "/withdrawal", "");
        String second = mentor.post("/api/v1/goals/" + id + "/revisions", revision("{'title':'Support happiness'}", "Shorter"))
                .json().get("id").asString();
        mentee.post("/api/v1/goals/" + id + "/revisions/" + second + "/agreement", "");

        JsonNode history = mentee.get("/api/v1/goals/" + id + "/revisions").json().get("items");

        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(history.get(0).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(history.get(0).get("withdrawnBy").get("id").asString()).isEqualTo(world.mentor().id().toString());
        assertThat(history.get(1).get("status").asString()).isEqualTo("APPLIED");
        assertThat(history.get(1).get("before").get("title").asString()).isEqualTo("Support satisfaction");
        assertThat(history.get(1).get("after").get("title").asString()).isEqualTo("Support happiness");
        JsonNode page = mentee.get("/api/v1/goals/" + id + "/revisions?limit=1").json();
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(first);
        assertThat(mentee.get("/api/v1/goals/" + id + "/revisions?limit=1&cursor=" + page.get("nextCursor").asString())
                .json().get("items").get(0).get("id").asString()).isEqualTo(second);
    }

    @Test
    void aStaleIfMatchOnARevisionIsRefusedWith412() {
        String id = active();

        var refused = mentee.with("If-Match", "\"0\"").post("/api/v1/goals/" + id + "/revisions", revision("{'title':'New'}", "Because"));

        assertThat(refused.status()).isEqualTo(412);
        assertThat(mentee.get("/api/v1/goals/" + id + "/revisions").json().get("items").size()).isZero();
    }

    @Test
    void agreeingToARevisionThatResetsTheCadenceMovesTheNextCheckInFromTheAgreementDate() {
        String id = active();
        Instant nextBefore = Instant.parse(mentor.get("/api/v1/mentorships/" + world.mentorship().id()).json()
                .get("cadence").get("nextAt").asString());
        String revision = mentee.post("/api/v1/goals/" + id + "/revisions", json(
                "{'changes':{'dueOn':'%s'},'rationale':'New quarter, new plan','context':{'teamPriorities':'Launch first','constraints':'Half the team on leave'},'resetCadence':true}",
                today().plusDays(200))).json().get("id").asString();

        JsonNode agreed = mentor.post("/api/v1/goals/" + id + "/revisions/" + revision + "/agreement", "").json();

        Instant agreedAt = Instant.parse(agreed.get("agreedAt").asString());
        // The mentor's wall-clock time is kept: the pair lives in Berlin.
        Instant expected = LocalDate.ofInstant(agreedAt, BERLIN).plusDays(14)
                .atTime(LocalTime.ofInstant(nextBefore, BERLIN)).atZone(BERLIN).toInstant();
        Instant nextAfter = Instant.parse(mentor.get("/api/v1/mentorships/" + world.mentorship().id()).json()
                .get("cadence").get("nextAt").asString());
        assertThat(nextAfter).isEqualTo(expected).isNotEqualTo(nextBefore);
        assertThat(agreed.get("resetCadence").asBoolean()).isTrue();
        assertThat(agreed.get("context").get("constraints").asString()).isEqualTo("Half the team on leave");
    }

    @Test
    void aRevisionWithoutCadenceResetLeavesTheNextCheckInAlone() {
        String id = active();
        String nextBefore = mentor.get("/api/v1/mentorships/" + world.mentorship().id()).json().get("cadence").get("nextAt").asString();
        String revision = mentee.post("/api/v1/goals/" + id + "/revisions", revision("{'title':'New title'}", "Clearer"))
                .json().get("id").asString();

        mentor.post("/api/v1/goals/" + id + "/revisions/" + revision + "/agreement", "");

        assertThat(mentor.get("/api/v1/mentorships/" + world.mentorship().id()).json().get("cadence").get("nextAt").asString())
                .isEqualTo(nextBefore);
    }

    // ---------------------------------------------------------------- signals

    @Test
    void aFlatSeriesTowardAFarTargetIsSignalledOffTrackWithEvidenceAndASuggestion() {
        String id = active();
        for (int daysAgo : new int[] {30, 20, 10, 0}) {
            assertThat(mentee.post("/api/v1/goals/" + id + "/measurements", measurement("41", today().minusDays(daysAgo))).status())
                    .isEqualTo(201);
        }

        var signals = mentor.get("/api/v1/goals/" + id + "/signals");

        assertThat(signals.status()).isEqualTo(200);
        JsonNode offTrack = null;
        for (JsonNode signal : signals.json()) {
            if (signal.get("kind").asString().equals("OFF_TRACK")) {
                offTrack = signal;
            }
        }
        assertThat(offTrack).as(signals.body()).isNotNull();
        assertThat(offTrack.get("message").asString()).isNotBlank();
        assertThat(offTrack.get("evidence").asString()).contains("4 measurements", "target 80 points");
        assertThat(offTrack.get("suggestion").asString()).contains("learning goal");
        assertThat(offTrack.get("move").asString()).isEqualTo("REFRAME_AS_LEARNING");
    }

    @Test
    void aProposedGoalHasNoSignals() {
        String id = propose(mentee);

        assertThat(mentee.get("/api/v1/goals/" + id + "/signals").json().size()).isZero();
    }

    // ---------------------------------------------------------------- closing

    @Test
    void anActiveGoalIsAchievedOrRetiredWithAReason() {
        String achieved = active();
        String retired = active();

        mentor.post("/api/v1/goals/" + achieved + "/achievement", "");
        assertThat(mentee.post("/api/v1/goals/" + achieved + "/achievement/agreement", "").json().get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(mentor.post("/api/v1/goals/" + retired + "/retirement", "{}").status()).isEqualTo(400);
        var retirement = mentee.post("/api/v1/goals/" + retired + "/retirement", "{\"reason\":\"The product was cancelled\"}");
        assertThat(retirement.json().get("status").asString()).isEqualTo("RETIRED");
        assertThat(retirement.json().get("retiredBecause").asString()).isEqualTo("The product was cancelled");
    }

    @Test
    void achievementProposedByOneSideWaitsActiveUntilTheOtherSideAgrees() {
        String id = active();

        var proposal = mentor.post("/api/v1/goals/" + id + "/achievement", "{\"evidence\":\"Ran two reviews alone\"}");
        assertThat(proposal.status()).isEqualTo(200);
        assertThat(proposal.json().get("status").asString()).isEqualTo("ACTIVE");
        JsonNode achievement = proposal.json().get("achievement");
        assertThat(achievement.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(achievement.get("proposedBy").get("id").asString()).isEqualTo(world.mentor().id().toString());
        assertThat(achievement.get("proposedAt").asString()).isNotBlank();
        assertThat(achievement.get("evidence").asString()).isEqualTo("Ran two reviews alone");
        assertThat(achievement.get("awaitingAgreementFrom").get("id").asString()).isEqualTo(world.mentee().id().toString());

        var ownAgreement = mentor.post("/api/v1/goals/" + id + "/achievement/agreement", "");
        assertThat(ownAgreement.status()).isEqualTo(403);
        assertThat(mentor.get("/api/v1/goals/" + id).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(mentee.post("/api/v1/goals/" + id + "/achievement", "").status()).isEqualTo(409);

        var agreed = mentee.post("/api/v1/goals/" + id + "/achievement/agreement", "");
        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.json().get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(agreed.json().get("achievement").get("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.json().get("closedBy").get("id").asString()).isEqualTo(world.mentee().id().toString());
    }

    @Test
    void aProposalThatTheGoalIsAchievedCanBeDeclinedAndTheGoalStaysActive() {
        String id = active();
        mentee.post("/api/v1/goals/" + id + "/achievement", "");

        var declined = mentor.post("/api/v1/goals/" + id + "/achievement/withdrawal", "");

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(declined.json().get("achievement")).as("no proposal waits").isNull();
        assertThat(mentor.post("/api/v1/goals/" + id + "/achievement/agreement", "").status()).isEqualTo(409);
    }

    @Test
    void peopleOutsideThePairCannotProposeOrAgreeToAnAchievement() {
        String id = active();
        mentor.post("/api/v1/goals/" + id + "/achievement", "");
        List<Api> outsiders = List.of(Api.at(port).as(world.otherMentor().email()), Api.at(port).as(world.lead().email()));

        for (Api outsider : outsiders) {
            for (String step : List.of("/achievement", "/achievement/agreement", "/achievement/withdrawal")) {
                assertThat(outsider.post("/api/v1/goals/" + id + step, "").status()).as(step).isEqualTo(404);
            }
        }
        Api admin = Api.at(port).as(world.admin().email());
        assertThat(admin.post("/api/v1/goals/" + id + "/achievement/agreement", "").status()).isEqualTo(403);
        assertThat(mentor.get("/api/v1/goals/" + id).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    // --------------------------------------------------------------- contract

    @Test
    void theOpenApiDocumentListsEveryGoalPathOfTheContract() {
        JsonNode paths = Api.at(port).get("/v3/api-docs").json().get("paths");

        assertThat(List.of("/api/v1/mentorships/{id}/goals", "/api/v1/smart-check", "/api/v1/goals/{id}/agreement", "/api/v1/goals/{id}",
                "/api/v1/goals/{id}/measurements", "/api/v1/goals/{id}/revisions", "/api/v1/goals/{id}/revisions/{revisionId}/agreement",
                "/api/v1/goals/{id}/signals")).allSatisfy(path -> assertThat(paths.has(path)).as(path).isTrue());
    }

    // ---------------------------------------------------------------- helpers

    private String propose(Api who) {
        var created = who.post(goalsOf(world), goal("Support satisfaction", today().plusDays(90)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String active() {
        String id = propose(mentee);
        assertThat(mentor.post("/api/v1/goals/" + id + "/agreement", "").status()).isEqualTo(200);
        return id;
    }

    static String goalsOf(World world) {
        return "/api/v1/mentorships/" + world.mentorship().id() + "/goals";
    }

    static String measurement(String value, LocalDate observedOn) {
        return json("{'value':%s,'observedOn':'%s'}", value, observedOn);
    }

    static String revision(String changes, String rationale) {
        return json("{'changes':%s,'rationale':'%s'}", changes, rationale);
    }

    /** The people of {@link World} live in Berlin; "today" is theirs. */
    static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
