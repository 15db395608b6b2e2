package org.tandem.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/** Milestones over the API: reached by numbers or evidence, the story, and who may see or change them. */
@IntegrationTest
@PostgresRelevant
class MilestoneApiIntegrationTests {

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
    void aMeasurementCrossingTheThresholdReachesTheMilestoneWithNobodyClickingAndEnqueuesTheWebhook() {
        hook("milestone.reached");
        String goal = activeGoal(this);
        String milestone = plan(mentee, goal, "Half way to the target", "60");
        String other = plan(mentee, goal, "Nearly there", "75");

        assertThat(measure(goal, "55", 0).status()).isEqualTo(201);
        assertThat(mentee.get("/api/v1/milestones/" + milestone).json().get("status").asString()).as("short of 60").isEqualTo("OPEN");
        assertThat(webhooks("milestone-reached:" + milestone)).isZero();

        var measured = measure(goal, "62", 0);

        var reached = mentor.get("/api/v1/milestones/" + milestone).json();
        assertThat(reached.get("status").asString()).isEqualTo("REACHED");
        assertThat(reached.has("reachedAt")).isTrue();
        assertThat(reached.has("reachedBy")).as("nobody clicked").isFalse();
        assertThat(reached.get("measurementId").asString()).isEqualTo(measured.json().get("id").asString());
        assertThat(reached.get("evidence").asString()).contains("62");
        assertThat(mentor.get("/api/v1/milestones/" + other).json().get("status").asString()).isEqualTo("OPEN");
        assertThat(webhooks("milestone-reached:" + milestone)).isEqualTo(1);
        assertThat(webhooks("milestone-reached:" + other)).isZero();
    }

    @Test
    void aLaterMeasurementDoesNotReachAMilestoneTwice() {
        hook("milestone.reached");
        String goal = activeGoal(this);
        String milestone = plan(mentee, goal, "Half way to the target", "60");
        measure(goal, "61", 1);
        String reachedAt = mentee.get("/api/v1/milestones/" + milestone).json().get("reachedAt").asString();

        measure(goal, "70", 0);

        assertThat(mentee.get("/api/v1/milestones/" + milestone).json().get("reachedAt").asString()).isEqualTo(reachedAt);
        assertThat(webhooks("milestone-reached:" + milestone)).isEqualTo(1);
    }

    @Test
    void thePairMarksAMilestoneReachedWithEvidenceOnce() {
        String goal = activeGoal(this);
        String milestone = plan(mentor, goal, "Runbook adopted by the team", null);

        var noEvidence = mentee.post("/api/v1/milestones/" + milestone + "/reached", "{}");
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.json().get("errors").get(0).get("field").asString()).isEqualTo("evidence");
        assertThat(mentee.get("/api/v1/milestones/" + milestone).json().get("status").asString()).isEqualTo("OPEN");

        var reached = mentee.post("/api/v1/milestones/" + milestone + "/reached", json("{'evidence':'The on-call team used it twice last week'}"));
        assertThat(reached.status()).isEqualTo(200);
        assertThat(reached.json().get("status").asString()).isEqualTo("REACHED");
        assertThat(reached.json().get("reachedBy").asString()).isEqualTo(world.mentee().id().value().toString());
        assertThat(reached.json().get("evidence").asString()).isEqualTo("The on-call team used it twice last week");

        assertThat(mentor.post("/api/v1/milestones/" + milestone + "/reached", json("{'evidence':'Again'}")).status()).isEqualTo(409);
    }

    @Test
    void aStaleIfMatchOnReachingIsRefusedWith412() {
        String goal = activeGoal(this);
        String milestone = plan(mentor, goal, "Runbook adopted by the team", null);

        var stale = mentee.with("If-Match", "\"7\"").post("/api/v1/milestones/" + milestone + "/reached", json("{'evidence':'Used twice'}"));

        assertThat(stale.status()).isIn(409, 412);
        assertThat(mentee.get("/api/v1/milestones/" + milestone).json().get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndCreatesNothing() {
        String goal = activeGoal(this);

        var response = mentee.post("/api/v1/goals/" + goal + "/milestones", json("{'title':'','threshold':30}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("title", "threshold");
        assertThat(mentee.get("/api/v1/goals/" + goal + "/milestones").json().get("items").size()).isZero();
    }

    @Test
    void nobodyOutsideThePairSeesOrTouchesMilestonesAndAnAdminOnlyReads() {
        String goal = activeGoal(this);
        String milestone = plan(mentee, goal, "Half way to the target", "60");
        World other = World.create(context);

        for (Person outsider : new Person[] {world.otherMentor(), world.otherMentee(), world.lead(), world.idleLead(), other.admin(), other.mentor()}) {
            Api caller = Api.at(port).as(outsider.email());
            String who = outsider.displayName() + " of " + outsider.organizationId();
            assertThat(caller.get("/api/v1/milestones/" + milestone).status()).as(who + " reads").isEqualTo(404);
            assertThat(caller.get("/api/v1/goals/" + goal + "/milestones").status()).as(who + " lists").isEqualTo(404);
            assertThat(caller.post("/api/v1/goals/" + goal + "/milestones", json("{'title':'Mine'}")).status()).as(who + " plans").isEqualTo(404);
            assertThat(caller.post("/api/v1/milestones/" + milestone + "/reached", json("{'evidence':'Trust me'}")).status())
                    .as(who + " reaches").isEqualTo(404);
            assertThat(caller.get("/api/v1/milestones/" + milestone + "/story").status()).as(who + " reads the story").isEqualTo(404);
        }
        Api admin = Api.at(port).as(world.admin().email());
        assertThat(admin.get("/api/v1/milestones/" + milestone).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/milestones/" + milestone + "/reached", json("{'evidence':'Trust me'}")).status()).isEqualTo(403);
        assertThat(mentee.get("/api/v1/milestones/" + milestone).json().get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void theStoryContainsTheRevisionRationalesAndTheMeasurementTrajectory() {
        String goal = activeGoal(this);
        measure(goal, "44", 30);
        measure(goal, "52", 16);
        var revision = mentee.post("/api/v1/goals/" + goal + "/revisions", json("{'changes':{'indicator':{'target':70}},"
                + "'rationale':'Support volume doubled, so seventy is the honest bar this year','context':{'constraints':'Two people left the team'}}"));
        assertThat(revision.status()).as(revision.toString()).isEqualTo(201);
        assertThat(mentor.post("/api/v1/goals/" + goal + "/revisions/" + revision.json().get("id").asString() + "/agreement", "").status())
                .isEqualTo(200);
        String milestone = plan(mentee, goal, "Sixty and holding", "60");
        measure(goal, "63", 2);

        var story = mentor.get("/api/v1/milestones/" + milestone + "/story");

        assertThat(story.status()).isEqualTo(200);
        var s = story.json();
        assertThat(s.get("context").asString()).contains("Support satisfaction").contains("Support quality objective this year");
        assertThat(s.get("learningCurve").asString()).contains("from 44 points to 63 points").contains("3 measurements");
        assertThat(s.get("decisionPoints").get(0).asString()).contains("the target from 80 to 70")
                .contains("Support volume doubled, so seventy is the honest bar this year").contains("Two people left the team");
        assertThat(s.get("impact").asString()).contains("“Sixty and holding” was reached").contains("threshold of 60 points");
        assertThat(s.get("edited").asBoolean()).isFalse();
    }

    @Test
    void thePairEditsTheStoryAndConcurrentEditsAreRefused() {
        String goal = activeGoal(this);
        String milestone = plan(mentee, goal, "Sixty and holding", "60");
        measure(goal, "63", 0);
        var draft = mentee.get("/api/v1/milestones/" + milestone + "/story").json();
        String edit = json("{'context':'%s','learningCurve':'Slow in January, then fast once reviews were paired.','decisionPoints':['We lowered the target to 70.'],"
                + "'impact':'Customers wait half as long for an answer.'}", draft.get("context").asString());

        var saved = mentee.put("/api/v1/milestones/" + milestone + "/story", edit);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("edited").asBoolean()).isTrue();
        assertThat(mentor.get("/api/v1/milestones/" + milestone + "/story").json().get("impact").asString())
                .isEqualTo("Customers wait half as long for an answer.");

        String etag = saved.header("ETag");
        assertThat(mentor.with("If-Match", etag).put("/api/v1/milestones/" + milestone + "/story", edit).status()).isEqualTo(200);
        assertThat(mentee.with("If-Match", etag).put("/api/v1/milestones/" + milestone + "/story", edit).status()).as("stale").isIn(409, 412);
        var emptied = mentee.put("/api/v1/milestones/" + milestone + "/story", json("{'context':' ','learningCurve':'x','impact':'y'}"));
        assertThat(emptied.status()).isEqualTo(400);
        assertThat(emptied.json().get("errors").get(0).get("field").asString()).isEqualTo("story.context");
    }

    @Test
    void theOpenApiDocumentListsEveryMilestonePathOfTheContract() {
        var paths = Api.at(port).get("/v3/api-docs").json().get("paths");
        for (String path : new String[] {"/api/v1/goals/{id}/milestones", "/api/v1/milestones/{id}", "/api/v1/milestones/{id}/reached",
                "/api/v1/milestones/{id}/story", "/api/v1/milestones/{id}/celebration"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    // ---------------------------------------------------------------- helpers

    static String activeGoal(MilestoneApiIntegrationTests t) {
        var proposed = t.mentee.post("/api/v1/mentorships/" + t.world.mentorship().id() + "/goals",
                Bodies.goal("Support satisfaction", today().plusDays(90)));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().get("id").asString();
        assertThat(t.mentor.post("/api/v1/goals/" + id + "/agreement", "").status()).isEqualTo(200);
        return id;
    }

    static String plan(Api who, String goal, String title, String threshold) {
        var created = who.post("/api/v1/goals/" + goal + "/milestones",
                threshold == null ? json("{'title':'%s'}", title) : json("{'title':'%s','threshold':%s}", title, threshold));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/milestones/" + created.json().get("id").asString());
        return created.json().get("id").asString();
    }

    Api.Response measure(String goal, String value, int daysAgo) {
        var response = mentee.post("/api/v1/goals/" + goal + "/measurements",
                json("{'value':%s,'observedOn':'%s'}", value, today().minusDays(daysAgo)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    void hook(String... events) {
        String list = String.join("\",\"", events);
        var created = Api.at(port).as(world.admin().email()).post("/api/v1/webhooks",
                "{\"url\":\"https://192.0.2.10/hook\",\"events\":[\"" + list + "\"],\"secret\":\"0123456789abcdef\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    int webhooks(String key) {
        return dsl.fetchCount(DSL.table("outbox_message"), DSL.field("organization_id").eq(world.organization().id().value())
                .and(DSL.field("unique_key", String.class).like(key + "@%")));
    }

    static LocalDate today() {
        return LocalDate.now(BERLIN);
    }
}
