package org.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tandem.db.Tables.SKILL_RECHECK;
import static org.tandem.insight.InsightFixtures.daysAgo;
import static org.tandem.support.Api.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.insight.InsightFixtures.Held;
import org.tandem.mentorship.Mentorship;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/** The insight endpoints of API.md, read by each role, on H2 and (in the PostgreSQL suite) on PostgreSQL. */
@IntegrationTest
@PostgresRelevant
class InsightApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    InsightRollups rollups;

    @Autowired
    DSLContext dsl;

    World world;
    InsightFixtures fixtures;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        fixtures = new InsightFixtures(context, world);
    }

    private Api as(Person person) {
        return Api.at(port).withTokenOf(person.email());
    }

    private String scorecardOf(Mentorship m) {
        return "/api/v1/mentorships/" + m.id() + "/insights";
    }

    private String preferencesOf(Mentorship m) {
        return "/api/v1/mentorships/" + m.id() + "/preferences";
    }

    private org.tandem.support.PageClient pages(Person person) {
        var client = org.tandem.support.PageClient.at(port);
        client.signIn(person.email());
        return client;
    }

    private String dashboard() {
        return "/api/v1/programs/" + world.program().id() + "/insights";
    }

    // ---------------------------------------------------------------- the pair scorecard

    @Test
    void theMenteeSeesTheBalanceOfEachLatestCheckInAndTheirRatings() {
        var first = fixtures.completed(world.mentorship(), daysAgo(28), new Held(20, 10, 0, 0, 4, 2));
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(10, 10, 6, 2, 2, 4));
        fixtures.observation(world.mentorship(), first);
        fixtures.openRisk(world.mentorship(), first, 3, 3);
        fixtures.missed(world.mentorship(), daysAgo(42));

        var response = as(world.mentee()).get(scorecardOf(world.mentorship()));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode card = response.json();
        assertThat(card.get("forThePair").asBoolean()).isTrue();
        JsonNode checkIns = card.get("checkIns");
        assertThat(checkIns).hasSize(2);
        // first: review 20 min + one observation (2) = 22, adjustment 10 + one risk (2) = 12, celebration 0 → of 34
        assertThat(checkIns.get(0).get("balance").get("review").asDouble()).isCloseTo(22 / 34.0, within(0.001));
        assertThat(checkIns.get(0).get("balance").get("celebration").asDouble()).isZero();
        // second: review 10, adjustment 10, celebration 6 + two wins (4) = 10 → a third each
        assertThat(checkIns.get(1).get("balance").get("celebration").asDouble()).isCloseTo(1 / 3.0, within(0.001));
        JsonNode balance = card.get("balance");
        assertThat(balance.get("review").asDouble() + balance.get("adjustment").asDouble() + balance.get("celebration").asDouble())
                .isCloseTo(1.0, within(0.002));
        assertThat(card.get("cadenceAdherence").asDouble()).isCloseTo(2 / 3.0, within(0.001));
        assertThat(card.get("cadence").get("missed").asInt()).isEqualTo(1);
        assertThat(card.get("ratings").get("clarity").asDouble()).isEqualTo(3.0);
        assertThat(card.get("ratings").get("suppressed").asBoolean()).isFalse();
        assertThat(card.get("ratingsOverTime")).hasSize(2);
        assertThat(card.get("autonomyTrend").get("direction").isNull()).as("the mentor's autonomy ratings are the mentor's").isTrue();
        assertThat(card.get("risks").get("high").asInt()).isEqualTo(1);
        assertThat(card.has("goalAttainmentRate")).isTrue();
        assertThat(card.get("skillRetention").has("rate")).isTrue();
        assertThat(card.get("signals").isArray()).isTrue();
        assertThat(response.body()).doesNotContain("insight must never show");
    }

    @Test
    void theMenteeFindsNoneOfTheMentorsAutonomyRatingsInTheScorecard() {
        fixtures.completed(world.mentorship(), daysAgo(42), new Held(20, 10, 0, 0, 4, 1));
        fixtures.completed(world.mentorship(), daysAgo(28), new Held(20, 10, 0, 0, 4, 3));
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(10, 10, 6, 2, 2, 5));

        JsonNode autonomy = as(world.mentee()).get(scorecardOf(world.mentorship())).json().get("autonomyTrend");
        assertThat(autonomy.get("slope").isNull()).isTrue();
        assertThat(autonomy.get("latest").isNull()).isTrue();
        assertThat(autonomy.get("direction").isNull()).isTrue();
        assertThat(autonomy.get("points")).isEmpty();
        String page = pages(world.mentee()).get("/mentorships/" + world.mentorship().id() + "/insights").body();
        assertThat(page).doesNotContain("Autonomy trend").doesNotContain("(latest ").doesNotContain("autonomy-chart");
        assertThat(page).contains("<dt>Clarity</dt>");

        JsonNode mentors = as(world.mentor()).get(scorecardOf(world.mentorship())).json().get("autonomyTrend");
        assertThat(mentors.get("latest").asInt()).as("the mentor keeps seeing their own").isEqualTo(5);
        assertThat(mentors.get("points")).hasSize(3);
        assertThat(pages(world.mentor()).get("/mentorships/" + world.mentorship().id() + "/insights").body())
                .contains("Autonomy trend").contains("(latest 5 of 5)");
    }

    @Test
    void theMentorSeesThatTheMenteeRatedButNotHowUntilTheMenteeSharesTheirRatings() {
        fixtures.completed(world.mentorship(), daysAgo(28), new Held(20, 10, 0, 0, 4, 2));
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(10, 10, 6, 2, 2, 4));

        JsonNode before = as(world.mentor()).get(scorecardOf(world.mentorship())).json();
        assertThat(before.get("ratings").get("clarity").isNull()).isTrue();
        assertThat(before.get("ratings").get("usefulness").isNull()).isTrue();
        assertThat(before.get("ratings").get("support").isNull()).isTrue();
        assertThat(before.get("ratings").get("sharedWithMentor").asBoolean()).isFalse();
        assertThat(before.get("ratings").get("answers").asInt()).as("that a rating was given").isEqualTo(2);
        assertThat(before.get("ratingsOverTime")).isEmpty();
        assertThat(before.get("autonomyTrend").get("direction").asString()).as("the mentor's own ratings stay theirs").isEqualTo("RISING");

        var shared = as(world.mentee()).put(preferencesOf(world.mentorship()), "{\"shareRatingsWithMentor\":true}");
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
        assertThat(shared.json().get("preferences").get("shareRatingsWithMentor").asBoolean()).isTrue();

        JsonNode after = as(world.mentor()).get(scorecardOf(world.mentorship())).json();
        assertThat(after.get("ratings").get("clarity").asDouble()).isEqualTo(3.0);
        assertThat(after.get("ratings").get("sharedWithMentor").asBoolean()).isTrue();
        assertThat(after.get("ratingsOverTime")).hasSize(2);
    }

    @Test
    void onlyTheMenteeDecidesWhetherTheMentorSeesTheRatingsAndOlderClientsKeepTheirChoice() {
        assertThat(as(world.mentor()).put(preferencesOf(world.mentorship()), "{\"shareRatingsWithMentor\":true}").status()).isEqualTo(403);
        assertThat(as(world.admin()).put(preferencesOf(world.mentorship()), "{\"shareRatingsWithMentor\":true}").status()).isEqualTo(403);
        JsonNode unchanged = as(world.mentee()).get("/api/v1/mentorships/" + world.mentorship().id()).json();
        assertThat(unchanged.get("preferences").get("shareRatingsWithMentor").asBoolean()).as("off by default").isFalse();

        as(world.mentee()).put(preferencesOf(world.mentorship()), "{\"shareRatingsWithMentor\":true}");
        var older = as(world.mentee()).put(preferencesOf(world.mentorship()), "{\"learningModalities\":[],\"feedbackStyle\":null}");

        assertThat(older.status()).as(older.toString()).isEqualTo(200);
        assertThat(older.json().get("preferences").get("shareRatingsWithMentor").asBoolean()).isTrue();
    }

    @Test
    void theMentorsScorecardPageShowsTheRatingsOnlyOnceTheMenteeSharesThem() {
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(10, 10, 6, 2, 5, 4));
        String page = "/mentorships/" + world.mentorship().id() + "/insights";

        String before = pages(world.mentor()).get(page).body();
        assertThat(before).contains("rated 1 of your check-ins").doesNotContain("<dt>Clarity</dt>", "ratings-chart");
        assertThat(pages(world.mentee()).get(page).body()).contains("<dt>Clarity</dt>");

        as(world.mentee()).put(preferencesOf(world.mentorship()), "{\"shareRatingsWithMentor\":true}");

        String after = pages(world.mentor()).get(page).body();
        assertThat(after).contains("<dt>Clarity</dt>").doesNotContain("rated 1 of your check-ins");
    }

    @Test
    void theMenteeSeesTheScorecardToo() {
        assertThat(as(world.mentee()).get(scorecardOf(world.mentorship())).status()).isEqualTo(200);
    }

    @Test
    void anotherPairAndALeadOfNothingAreToldTheScorecardDoesNotExist() {
        assertThat(as(world.otherMentor()).get(scorecardOf(world.mentorship())).status()).isEqualTo(404);
        assertThat(as(world.otherMentee()).get(scorecardOf(world.mentorship())).status()).isEqualTo(404);
        assertThat(as(world.idleLead()).get(scorecardOf(world.mentorship())).status()).isEqualTo(404);
    }

    @Test
    void theProgramLeadAndAnAdminSeeTheScorecardWithoutOnePersonsAnswers() {
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(10, 10, 10, 0, 5, 3));

        for (Person reader : List.of(world.lead(), world.admin())) {
            var response = as(reader).get(scorecardOf(world.mentorship()));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode card = response.json();
            assertThat(card.get("forThePair").asBoolean()).isFalse();
            assertThat(card.get("ratings").get("suppressed").asBoolean()).isTrue();
            assertThat(card.get("ratings").get("clarity").isNull()).isTrue();
            assertThat(card.get("ratingsOverTime")).isEmpty();
            assertThat(card.get("autonomyTrend").get("suppressed").asBoolean()).isTrue();
            assertThat(card.get("checkIns")).hasSize(1);
        }
    }

    // ---------------------------------------------------------------- the program dashboard

    @Test
    void onlyTheProgramsLeadsAndAdminsSeeItsDashboard() {
        assertThat(as(world.lead()).get(dashboard()).status()).isEqualTo(200);
        assertThat(as(world.admin()).get(dashboard()).status()).isEqualTo(200);
        assertThat(as(world.idleLead()).get(dashboard()).status()).isEqualTo(404);
        assertThat(as(world.mentor()).get(dashboard()).status()).isEqualTo(404);
        assertThat(as(world.mentee()).get(dashboard()).status()).isEqualTo(404);
    }

    @Test
    void ratingsOfFewerMenteesThanTheThresholdAreNullAndSuppressed() {
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(10, 10, 10, 0, 5, 3));
        fixtures.completed(world.otherMentorship(), daysAgo(14), new Held(20, 10, 0, 0, 1, 3));

        var response = as(world.lead()).get(dashboard());

        JsonNode d = response.json();
        assertThat(d.get("surveyThreshold").asInt()).isEqualTo(5);
        assertThat(d.get("pairs").asInt()).isEqualTo(2);
        assertThat(d.get("ratings").get("suppressed").asBoolean()).isTrue();
        assertThat(d.get("ratings").has("clarity")).isTrue();
        assertThat(d.get("ratings").get("clarity").isNull()).isTrue();
        assertThat(d.get("ratings").get("respondents").isNull()).isTrue();
        assertThat(d.get("autonomyTrend").get("suppressed").asBoolean()).isTrue(); // two mentors rated: below 5 as well
        assertThat(d.get("balance").get("review").asDouble()).isCloseTo((1 / 3.0 + 2 / 3.0) / 2, within(0.001));
        assertThat(d.get("cadenceAdherence").asDouble()).isEqualTo(1.0);
        assertThat(response.body()).doesNotContain("insight must never show");
    }

    @Test
    void aSmallTeamsRatingsCannotBeRecoveredByTakingTheOtherTeamsFromTheTotal() {
        // six mentees in the world's team rate 4; one mentee alone in "Solo" rates 1
        List<Mentorship> team = new ArrayList<>(List.of(world.mentorship(), world.otherMentorship()));
        for (int i = 0; i < 4; i++) {
            team.add(fixtures.pairWithNewMentee(world.mentee().team()));
        }
        team.forEach(m -> fixtures.completed(m, daysAgo(10), new Held(10, 10, 10, 0, 4, null)));
        Mentorship solo = fixtures.pairWithNewMentee("Solo");
        fixtures.completed(solo, daysAgo(10), new Held(10, 10, 10, 0, 1, null));

        JsonNode d = as(world.lead()).get(dashboard()).json();

        assertThat(d.get("ratings").get("suppressed").asBoolean()).isFalse();
        assertThat(d.get("ratings").get("respondents").asInt()).isEqualTo(7);
        JsonNode byTeam = d.get("breakdowns").get("team");
        assertThat(byTeam).hasSize(2);
        for (JsonNode group : byTeam) {
            // the solo team is hidden, and so is the only other team: total minus it would give the solo answer back
            assertThat(group.get("figures").get("ratings").get("suppressed").asBoolean()).as(group.toString()).isTrue();
            assertThat(group.get("figures").get("ratings").get("clarity").isNull()).isTrue();
        }
        assertThat(d.get("breakdowns").get("seniority")).isNotEmpty();
        assertThat(d.get("breakdowns").get("role")).isNotEmpty();
    }

    @Test
    void aRatingGivenWithoutAnEventReachesTheDashboardAtTheNextRefresh() {
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(10, 10, 10, 0, null, null));
        as(world.lead()).get(dashboard());
        dsl.update(org.tandem.db.Tables.CHECK_IN).set(org.tandem.db.Tables.CHECK_IN.RATING_CLARITY, 5)
                .set(org.tandem.db.Tables.CHECK_IN.RATING_USEFULNESS, 5).set(org.tandem.db.Tables.CHECK_IN.RATING_SUPPORT, 5)
                .set(org.tandem.db.Tables.CHECK_IN.RATED_AT, java.time.OffsetDateTime.now().toInstant())
                .where(org.tandem.db.Tables.CHECK_IN.MENTORSHIP_ID.eq(world.mentorship().id().value()))
                .and(org.tandem.db.Tables.CHECK_IN.STATUS.eq("COMPLETED")).execute();

        rollups.refreshChanged();

        var csv = as(world.lead()).get("/api/v1/programs/" + world.program().id() + "/insights.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo(DashboardCsv.HEADER);
        assertThat(dsl.select(org.tandem.db.Tables.INSIGHT_PAIR_ROLLUP.RATING_COUNT).from(org.tandem.db.Tables.INSIGHT_PAIR_ROLLUP)
                .where(org.tandem.db.Tables.INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID.eq(world.mentorship().id().value())).fetchOne().value1())
                .isEqualTo(1);
        assertThat(as(world.idleLead()).get("/api/v1/programs/" + world.program().id() + "/insights.csv").status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- skill retention

    @Test
    void achievingALearningGoalSchedulesAReCheckThePairAnswersOnceWhenDue() {
        Api mentee = as(world.mentee());
        Api mentor = as(world.mentor());
        String goal = learningGoal(mentee, mentor);
        assertThat(mentor.post("/api/v1/goals/" + goal + "/achievement", "").status()).isEqualTo(200);
        assertThat(mentee.post("/api/v1/goals/" + goal + "/achievement/agreement", "").status()).isEqualTo(200);

        JsonNode items = mentee.get("/api/v1/mentorships/" + world.mentorship().id() + "/skill-rechecks").json().get("items");
        assertThat(items).hasSize(1);
        JsonNode recheck = items.get(0);
        assertThat(recheck.get("status").asString()).isEqualTo("PENDING");
        LocalDate achievedOn = LocalDate.parse(recheck.get("achievedOn").asString());
        assertThat(LocalDate.parse(recheck.get("dueOn").asString())).isEqualTo(achievedOn.plusDays(60));
        String answer = "/api/v1/skill-rechecks/" + recheck.get("id").asString() + "/answer";
        String body = json("{'shownAgain':true,'evidence':'Led the April incident review without help'}");

        assertThat(mentee.post(answer, body).status()).isEqualTo(409);   // not due yet

        dsl.update(SKILL_RECHECK).set(SKILL_RECHECK.DUE_ON, LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1))
                .where(SKILL_RECHECK.GOAL_ID.eq(java.util.UUID.fromString(goal))).execute();
        assertThat(as(world.otherMentor()).post(answer, body).status()).isEqualTo(404);
        assertThat(as(world.idleLead()).post(answer, body).status()).isEqualTo(404);
        // The program's lead sees the pair's re-checks as aggregates only: one of them is not theirs to see, like the list.
        assertThat(as(world.lead()).post(answer, body).status()).isEqualTo(404);
        var noEvidence = mentee.post(answer, json("{'shownAgain':true,'evidence':' '}"));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.json().get("errors").get(0).get("field").asString()).isEqualTo("evidence");

        var answered = mentee.post(answer, body);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(mentor.post(answer, json("{'shownAgain':false,'evidence':'Second answer'}")).status()).isEqualTo(409);

        JsonNode retention = mentor.get(scorecardOf(world.mentorship())).json().get("skillRetention");
        assertThat(retention.get("rate").asDouble()).isEqualTo(1.0);
        assertThat(retention.get("answered").asInt()).isEqualTo(1);
        assertThat(as(world.lead()).get("/api/v1/mentorships/" + world.mentorship().id() + "/skill-rechecks").status()).isEqualTo(404);
        var forAdmin = as(world.admin()).get("/api/v1/mentorships/" + world.mentorship().id() + "/skill-rechecks");
        assertThat(forAdmin.status()).as("the pair's evidence is the pair's").isEqualTo(404);
        assertThat(forAdmin.body()).doesNotContain("Led the April incident review");
        assertThat(mentee.get("/api/v1/mentorships/" + world.mentorship().id() + "/skill-rechecks").body())
                .contains("Led the April incident review");
    }

    @Test
    void achievingAnOutputGoalSchedulesNoReCheck() {
        Api mentee = as(world.mentee());
        Api mentor = as(world.mentor());
        String goal = goal(mentee, mentor, "OUTPUT");
        mentor.post("/api/v1/goals/" + goal + "/achievement", "");
        mentee.post("/api/v1/goals/" + goal + "/achievement/agreement", "");

        assertThat(mentee.get("/api/v1/mentorships/" + world.mentorship().id() + "/skill-rechecks").json().get("items")).isEmpty();
    }

    private String learningGoal(Api mentee, Api mentor) {
        return goal(mentee, mentor, "LEARNING");
    }

    private String goal(Api mentee, Api mentor, String kind) {
        var created = mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals", json(
                "{'title':'Lead incident reviews','statement':'Lead the weekly incident review and write its summary for the team',"
                        + "'kind':'%s','indicator':{'name':'Reviews led','unit':'reviews','baseline':0,'target':6,'direction':'INCREASE'},"
                        + "'attainability':'One review a week is scheduled already','relevance':'Reliability objective this year',"
                        + "'dueOn':'%s'}", kind, LocalDate.now().plusDays(90)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(mentor.post("/api/v1/goals/" + id + "/agreement", "").status()).isEqualTo(200);
        return id;
    }
}
