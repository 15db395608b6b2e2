package org.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.goal.GoalApiIntegrationTests.fields;
import static org.tandem.goal.GoalApiIntegrationTests.goalsOf;
import static org.tandem.goal.GoalApiIntegrationTests.revision;
import static org.tandem.goal.GoalApiIntegrationTests.today;
import static org.tandem.support.Api.json;
import static org.tandem.support.Bodies.goal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/** "Ask for changes" over the API (decision 0094), from the side of who may ask and of everyone it keeps out. */
@IntegrationTest
class GoalChangeRequestApiIntegrationTests {

    static final String COMMENT = "{\"comment\":\"Name the survey the score comes from\"}";

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

    @Test
    void theOtherSideAsksForChangesAndTheProposerChangesTheGoalThenItIsAgreed() {
        String id = proposed();

        var asked = mentor.post("/api/v1/goals/" + id + "/change-requests", COMMENT);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        JsonNode request = asked.json().get("changeRequests").get(0);
        assertThat(asked.json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(request.get("subject").asString()).isEqualTo("GOAL");
        assertThat(request.get("open").asBoolean()).isTrue();
        assertThat(request.get("comment").asString()).isEqualTo("Name the survey the score comes from");
        assertThat(request.get("askedBy").get("displayName").asString()).isEqualTo(world.mentor().displayName());
        assertThat(mentee.get("/api/v1/goals/" + id).json().get("changeRequests").get(0).get("comment").asString())
                .as("the proposer reads the comment").isEqualTo("Name the survey the score comes from");

        var changed = mentee.with("If-Match", asked.header("ETag")).patch("/api/v1/goals/" + id, "{\"title\":\"Quarterly survey score\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("title").asString()).isEqualTo("Quarterly survey score");
        JsonNode answered = changed.json().get("changeRequests").get(0);
        assertThat(answered.get("open").asBoolean()).isFalse();
        assertThat(answered.get("answer").asString()).isEqualTo("CHANGED");
        assertThat(answered.get("changedFields").get(0).asString()).isEqualTo("title");

        assertThat(mentor.post("/api/v1/goals/" + id + "/agreement", "").json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void theProposerCannotAskChangesOfTheirOwnGoalAndNothingChanges() {
        String id = proposed();

        var refused = mentee.post("/api/v1/goals/" + id + "/change-requests", COMMENT);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(mentee.get("/api/v1/goals/" + id).json().get("changeRequests").size()).isZero();
    }

    @Test
    void leadsAndOtherPairsDoNotSeeTheGoalAndAdminsMayNotAsk() {
        String id = proposed();

        assertThat(Api.at(port).as(world.lead().email()).post("/api/v1/goals/" + id + "/change-requests", COMMENT).status()).isEqualTo(404);
        assertThat(Api.at(port).as(world.otherMentor().email()).post("/api/v1/goals/" + id + "/change-requests", COMMENT).status())
                .isEqualTo(404);
        assertThat(Api.at(port).as(world.admin().email()).post("/api/v1/goals/" + id + "/change-requests", COMMENT).status()).isEqualTo(403);
        assertThat(Api.at(port).post("/api/v1/goals/" + id + "/change-requests", COMMENT).status()).isEqualTo(401);
        assertThat(mentee.get("/api/v1/goals/" + id).json().get("changeRequests").size()).isZero();
    }

    @Test
    void aMissingOrTooLongCommentIs400NamingTheFieldAndChangesNothing() {
        String id = proposed();

        var missing = mentor.post("/api/v1/goals/" + id + "/change-requests", "{}");
        var tooLong = mentor.post("/api/v1/goals/" + id + "/change-requests", json("{'comment':'%s'}", "x".repeat(2001)));
        var control = mentor.post("/api/v1/goals/" + id + "/change-requests", "{\"comment\":\"bad\\u0000text\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing.json())).containsExactly("comment");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(fields(tooLong.json())).containsExactly("comment");
        assertThat(control.status()).isEqualTo(400);
        assertThat(mentee.get("/api/v1/goals/" + id).json().get("changeRequests").size()).isZero();
    }

    @Test
    void aStaleVersionIs412AndChangesNothing() {
        String id = proposed();

        var stale = mentor.with("If-Match", "\"7\"").post("/api/v1/goals/" + id + "/change-requests", COMMENT);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(mentee.get("/api/v1/goals/" + id).json().get("changeRequests").size()).isZero();
    }

    @Test
    void onlyTheProposerChangesAProposedGoalAndOnlyAfterChangesWereAsked() {
        String id = proposed();

        assertThat(mentee.patch("/api/v1/goals/" + id, "{\"title\":\"Quietly different\"}").status()).isEqualTo(409);
        mentor.post("/api/v1/goals/" + id + "/change-requests", COMMENT);
        assertThat(mentor.patch("/api/v1/goals/" + id, "{\"title\":\"Mine now\"}").status()).isEqualTo(403);
        var unchanged = mentee.patch("/api/v1/goals/" + id, "{\"title\":\"Support satisfaction\"}");
        assertThat(unchanged.status()).isEqualTo(400);
        assertThat(fields(unchanged.json())).containsExactly("changes");
        assertThat(mentee.get("/api/v1/goals/" + id).json().get("title").asString()).isEqualTo("Support satisfaction");
    }

    @Test
    void aRevisionSentBackIsWithdrawnWithTheCommentAndTheGoalDoesNotChange() {
        String id = active();
        String revision = mentee.post("/api/v1/goals/" + id + "/revisions",
                revision("{\"title\":\"Sharper\"}", "The first title named the activity")).json().get("id").asString();

        assertThat(mentee.post("/api/v1/goals/" + id + "/revisions/" + revision + "/change-requests", COMMENT).status())
                .as("the proposer of the revision").isEqualTo(403);
        var asked = mentor.post("/api/v1/goals/" + id + "/revisions/" + revision + "/change-requests", COMMENT);

        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json().get("status").asString()).isEqualTo("WITHDRAWN");
        JsonNode goal = mentee.get("/api/v1/goals/" + id).json();
        assertThat(goal.get("title").asString()).isEqualTo("Support satisfaction");
        assertThat(goal.get("changeRequests").get(0).get("subject").asString()).isEqualTo("REVISION");
        assertThat(goal.get("changeRequests").get(0).get("revisionId").asString()).isEqualTo(revision);
    }

    @Test
    void anAchievementSentBackLeavesTheGoalActiveAndOnlyTheOtherSideMayAsk() {
        String id = active();
        mentor.post("/api/v1/goals/" + id + "/achievement", json("{'evidence':'Score reached 80'}"));

        assertThat(mentor.post("/api/v1/goals/" + id + "/achievement/change-requests", COMMENT).status()).isEqualTo(403);
        var asked = mentee.post("/api/v1/goals/" + id + "/achievement/change-requests", COMMENT);

        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(asked.json().path("achievement").isMissingNode() || asked.json().path("achievement").isNull()).isTrue();
        assertThat(asked.json().get("changeRequests").get(0).get("subject").asString()).isEqualTo("ACHIEVEMENT");
    }

    @Test
    void theProposerLetsASentBackRevisionGoWhoAskedMayNotAndAProposedGoalCannotBeLetGo() {
        String id = active();
        String revision = mentee.post("/api/v1/goals/" + id + "/revisions",
                revision("{\"title\":\"Sharper\"}", "The first title named the activity")).json().get("id").asString();
        var asked = mentor.post("/api/v1/goals/" + id + "/revisions/" + revision + "/change-requests", COMMENT);
        String request = mentee.get("/api/v1/goals/" + id).json().get("changeRequests").get(0).get("id").asString();
        String dismissal = "/api/v1/goals/" + id + "/change-requests/" + request + "/dismissal";

        assertThat(mentor.post(dismissal, "").status()).as("who asked for the changes").isEqualTo(403);
        assertThat(Api.at(port).as(world.admin().email()).post(dismissal, "").status()).as("an admin").isEqualTo(403);
        assertThat(Api.at(port).as(world.lead().email()).post(dismissal, "").status()).as("the lead").isEqualTo(404);
        assertThat(mentee.with("If-Match", "\"0\"").post(dismissal, "").status()).as("a stale version").isEqualTo(412);
        assertThat(mentee.get("/api/v1/goals/" + id).json().get("changeRequests").get(0).get("open").asBoolean())
                .as("nothing refused changed anything").isTrue();

        var letGo = mentee.with("If-Match", mentee.get("/api/v1/goals/" + id).header("ETag")).post(dismissal, "");

        assertThat(letGo.status()).as(letGo.toString()).isEqualTo(200);
        JsonNode answered = letGo.json().get("changeRequests").get(0);
        assertThat(answered.get("open").asBoolean()).isFalse();
        assertThat(answered.get("answer").asString()).isEqualTo("LET_GO");
        assertThat(answered.get("comment").asString()).as("kept in the history").isEqualTo("Name the survey the score comes from");
        assertThat(letGo.json().get("title").asString()).isEqualTo("Support satisfaction");
        assertThat(mentee.post(dismissal, "").status()).as("twice").isEqualTo(409);
        assertThat(asked.status()).isEqualTo(200);

        String proposedGoal = proposed();
        mentor.post("/api/v1/goals/" + proposedGoal + "/change-requests", COMMENT);
        String goalRequest = mentee.get("/api/v1/goals/" + proposedGoal).json().get("changeRequests").get(0).get("id").asString();
        var refused = mentee.post("/api/v1/goals/" + proposedGoal + "/change-requests/" + goalRequest + "/dismissal", "");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(mentee.post("/api/v1/goals/" + id + "/change-requests/" + java.util.UUID.randomUUID() + "/dismissal", "").status())
                .isEqualTo(404);
    }

    private String proposed() {
        var created = mentee.post(goalsOf(world), goal("Support satisfaction", today().plusDays(90)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String active() {
        String id = proposed();
        assertThat(mentor.post("/api/v1/goals/" + id + "/agreement", "").status()).isEqualTo(200);
        return id;
    }
}
