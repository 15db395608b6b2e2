package org.tandem.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/** Celebrations over the API and guest links: visibility for every role, stakeholders' words, next steps, the nudge. */
@IntegrationTest
@PostgresRelevant
class CelebrationApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    Milestones milestones;

    World world;
    Api mentor;
    Api mentee;
    MilestoneApiIntegrationTests t;

    @BeforeEach
    void setUp() {
        t = new MilestoneApiIntegrationTests();
        t.port = port;
        t.context = context;
        t.dsl = dsl;
        t.setUp();
        world = t.world;
        mentor = t.mentor;
        mentee = t.mentee;
    }

    String reachedMilestone() {
        String goal = MilestoneApiIntegrationTests.activeGoal(t);
        String milestone = MilestoneApiIntegrationTests.plan(mentee, goal, "Sixty and holding", "60");
        t.measure(goal, "63", 0);
        return milestone;
    }

    static String celebration(String visibility, String... stakeholders) {
        String emails = stakeholders.length == 0 ? "" : "\"" + String.join("\",\"", stakeholders) + "\"";
        return "{\"recognition\":\"In March you ran the weekly ticket reviews and the satisfaction score rose to 63; customers now get answers a day sooner. Keep pairing new joiners on the reviews.\","
                + "\"rewards\":[{\"kind\":\"RESPONSIBILITY\",\"description\":\"Lead the support quality guild\"}],"
                + "\"stakeholders\":[" + emails + "],\"visibility\":\"" + visibility + "\","
                + "\"nextSteps\":[{\"kind\":\"EXPAND_SCOPE\",\"description\":\"Run the reviews for the billing queue too\"},"
                + "{\"kind\":\"MENTOR_OTHERS\",\"description\":\"Coach two new joiners through their first reviews\"}]}";
    }

    @Test
    void theMenteePublishesACelebrationWithFindingsRewardsNextStepsAndInvitations() {
        t.hook("celebration.created");
        String milestone = reachedMilestone();

        var created = mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("ORGANIZATION", "kai@elsewhere.example"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/milestones/" + milestone + "/celebration");
        var c = created.json();
        assertThat(c.get("visibility").asString()).isEqualTo("ORGANIZATION");
        assertThat(c.get("rewards").get(0).get("kind").asString()).isEqualTo("RESPONSIBILITY");
        assertThat(c.get("nextSteps").size()).isEqualTo(2);
        assertThat(c.get("recognitionFindings").isArray()).isTrue();
        assertThat(c.get("story").get("learningCurve").asString()).contains("63 points");
        assertThat(c.get("stakeholderLinks").get(0).get("link").asString()).startsWith("http://localhost:" + port + "/guest/celebrations/gst_");
        assertThat(count("unique_key", "stakeholder-invitation:%")).isEqualTo(1);
        assertThat(count("unique_key", "celebration-created:" + c.get("id").asString() + "@%")).isEqualTo(1);
        assertThat(mentor.get("/api/v1/milestones/" + milestone + "/celebration").body()).doesNotContain("stakeholderLinks\":[{");
        assertThat(mentor.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR")).status()).as("once").isEqualTo(409);
    }

    @Test
    void theCelebrationsPageShowsTheNewestAndLinksToTheOlderOnes() {
        String goal = MilestoneApiIntegrationTests.activeGoal(t);
        int published = CelebrationController.LIST_PAGE_SIZE + 2;
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < published; i++) {
            planned.add(MilestoneApiIntegrationTests.plan(mentee, goal, "Step " + (i + 1) + " of the climb", String.valueOf(41 + i)));
        }
        t.measure(goal, "79", 0);
        for (String milestone : planned) {
            assertThat(mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR")).status()).isEqualTo(201);
        }
        var pages = org.tandem.support.PageClient.at(port).withBasic(world.mentee().email());

        String newest = pages.get("/celebrations").body();
        String olderLink = Pattern.compile("href=\"(/celebrations\\?cursor=[^\"]+)\" rel=\"next\"").matcher(newest).results()
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no link to older celebrations"));
        var older = pages.get(olderLink.replace("&amp;", "&"));

        assertThat(newest).contains("Step " + published + " of the climb").doesNotContain("Step 1 of the climb")
                .doesNotContain("Newest celebrations");
        assertThat(older.status()).isEqualTo(200);
        assertThat(older.body()).contains("Step 1 of the climb", "Step 2 of the climb").doesNotContain("Step " + published + " of the climb")
                .contains("Newest celebrations").doesNotContain("rel=\"next\"");
        assertThat(pages.get("/celebrations?cursor=not-a-cursor").status()).as("a made-up cursor").isEqualTo(400);
    }

    @Test
    void vagueTraitRecognitionIsPublishedWithItsFindingsShown() {
        String milestone = reachedMilestone();

        var created = mentee.post("/api/v1/milestones/" + milestone + "/celebration", json("{'recognition':'You are always great.','visibility':'PAIR'}"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("recognitionFindings").findValuesAsString("rule")).contains("ABSOLUTE");
    }

    @Test
    void onlyTheMenteeWidensWhoSeesIt() {
        String milestone = reachedMilestone();

        var byMentor = mentor.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PROGRAM"));
        assertThat(byMentor.status()).isEqualTo(403);
        assertThat(mentee.get("/api/v1/milestones/" + milestone + "/celebration").status()).as("nothing published").isEqualTo(404);

        var created = mentor.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(mentor.put("/api/v1/milestones/" + milestone + "/celebration/visibility", json("{'visibility':'ORGANIZATION'}")).status())
                .isEqualTo(403);
        var widened = mentee.with("If-Match", created.header("ETag")).put("/api/v1/milestones/" + milestone + "/celebration/visibility",
                json("{'visibility':'PROGRAM'}"));
        assertThat(widened.status()).isEqualTo(200);
        assertThat(widened.json().get("visibility").asString()).isEqualTo("PROGRAM");
        assertThat(mentee.with("If-Match", created.header("ETag")).put("/api/v1/milestones/" + milestone + "/celebration/visibility",
                json("{'visibility':'PAIR'}")).status()).as("stale").isIn(409, 412);
        assertThat(mentee.put("/api/v1/milestones/" + milestone + "/celebration/visibility", json("{'visibility':'EVERYONE'}")).status())
                .isEqualTo(400);
    }

    @Test
    void aPairCelebrationIsSeenByThePairOnly() {
        String milestone = reachedMilestone();
        mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR"));
        World other = World.create(context);

        assertSeen(milestone, true, world.mentor(), world.mentee());
        assertSeen(milestone, false, world.admin(), world.otherMentor(), world.otherMentee(), world.lead(), world.idleLead(), other.admin(),
                other.mentee());
        assertListed(milestone, false, world.otherMentee(), world.lead(), world.admin());
        assertListed(milestone, true, world.mentee());
    }

    @Test
    void aProgramCelebrationIsSeenByTheProgramButNotByALeadOfAnotherProgram() {
        String milestone = reachedMilestone();
        mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PROGRAM"));
        World other = World.create(context);

        assertSeen(milestone, true, world.otherMentor(), world.otherMentee(), world.lead());
        assertSeen(milestone, false, world.admin(), world.idleLead(), other.admin(), other.mentor());
        assertListed(milestone, true, world.otherMentee(), world.lead());
        assertListed(milestone, false, world.idleLead(), world.admin());
        var programList = Api.at(port).as(world.lead().email()).get("/api/v1/celebrations?programId=" + world.program().id().value());
        assertThat(programList.body()).contains(milestone);
        assertThat(Api.at(port).as(world.idleLead().email()).get("/api/v1/celebrations?programId=" + world.program().id().value()).status())
                .isEqualTo(404);
    }

    @Test
    void anAdminAndALeadFindNoTraceOfAPairCelebrationWhereverTheyLookWhileThePairSeesItAll() {
        String marker = "Zephyr" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String email = "kai-" + marker.toLowerCase() + "@elsewhere.example";
        String guestWords = "Quokka" + marker + " the escalations halved.";
        String milestone = reachedMilestone();
        var created = mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR", email).replace("In March", "In March (" + marker + ")"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String link = URI.create(created.json().get("stakeholderLinks").get(0).get("link").asString()).getPath();
        GuestPages guest = new GuestPages(port);
        assertThat(guest.get(link).status()).isEqualTo(200);
        assertThat(guest.post(link, "name", "Kai", "text", guestWords).status()).isEqualTo(200);

        for (Person outsider : new Person[] {world.admin(), world.lead()}) {
            Api api = Api.at(port).as(outsider.email());
            String who = outsider.displayName();
            assertThat(api.get("/api/v1/milestones/" + milestone + "/celebration").status()).as(who).isEqualTo(404);
            assertThat(api.get("/api/v1/milestones/" + milestone + "/story").status()).as(who + ": the story").isEqualTo(404);
            var pages = org.tandem.support.PageClient.at(port).withBasic(outsider.email());
            assertThat(pages.get("/milestones/" + milestone + "/celebration").status()).as(who + ": the page").isEqualTo(404);
            assertThat(pages.get("/milestones/" + milestone + "/story").status()).as(who + ": the story page").isIn(404);
            java.util.List<String> seen = new java.util.ArrayList<>(java.util.List.of(
                    api.get("/api/v1/milestones/" + milestone + "/celebration").body(),
                    api.get("/api/v1/milestones/" + milestone + "/story").body(),
                    api.get("/api/v1/celebrations").body(),
                    api.get("/api/v1/celebrations?programId=" + world.program().id().value()).body(),
                    api.get("/api/v1/milestones/" + milestone).body(),
                    pages.get("/milestones/" + milestone + "/celebration").body(),
                    pages.get("/milestones/" + milestone).body(),
                    pages.get("/celebrations").body(),
                    pages.get("/programs/" + world.program().id().value() + "/celebrations").body(),
                    pages.get("/").body(),
                    api.get("/api/v1/people/" + world.mentee().id().value() + "/export").body(),
                    api.get("/api/v1/people/" + world.mentor().id().value() + "/export").body()));
            for (String body : seen) {
                assertThat(body).as(who).doesNotContain(marker).doesNotContain(email).doesNotContain("Quokka");
            }
        }
        assertThat(count("recipient", email)).as("the stakeholder's own mail only").isEqualTo(1);

        for (Api pair : new Api[] {mentee, mentor}) {
            String body = pair.get("/api/v1/milestones/" + milestone + "/celebration").body();
            assertThat(body).contains(marker).contains(email).contains("Quokka");
            assertThat(pair.get("/api/v1/celebrations").body()).contains(marker);
        }
        assertThat(org.tandem.support.PageClient.at(port).withBasic(world.mentee().email()).get("/milestones/" + milestone + "/celebration").body())
                .contains(marker).contains("Quokka");
        assertThat(mentor.get("/api/v1/milestones/" + milestone + "/story").status()).isEqualTo(200);
    }

    @Test
    void aProgramCelebrationReachesAnotherPairOfTheProgramWithoutTheStakeholdersButNobodyOutsideIt() {
        String marker = "Zephyr" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String email = "kai-" + marker.toLowerCase() + "@elsewhere.example";
        String milestone = reachedMilestone();
        var created = mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PROGRAM", email).replace("In March", "In March (" + marker + ")"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Api otherMentee = Api.at(port).as(world.otherMentee().email());
        String seen = otherMentee.get("/api/v1/milestones/" + milestone + "/celebration").body();
        assertThat(seen).contains(marker).doesNotContain(email);
        assertThat(otherMentee.get("/api/v1/celebrations").body()).contains(marker);
        assertThat(org.tandem.support.PageClient.at(port).withBasic(world.otherMentee().email()).get("/milestones/" + milestone + "/celebration").body())
                .contains(marker).doesNotContain(email);
        assertThat(Api.at(port).as(world.lead().email()).get("/api/v1/milestones/" + milestone + "/celebration").body())
                .as("the program's lead").contains(marker).doesNotContain(email);

        for (Person outsider : new Person[] {world.idleLead(), world.admin()}) {
            Api api = Api.at(port).as(outsider.email());
            assertThat(api.get("/api/v1/milestones/" + milestone + "/celebration").status()).as(outsider.displayName()).isEqualTo(404);
            assertThat(api.get("/api/v1/celebrations").body()).doesNotContain(marker);
            assertThat(org.tandem.support.PageClient.at(port).withBasic(outsider.email()).get("/celebrations").body()).doesNotContain(marker);
        }
    }

    @Test
    void anOrganizationCelebrationIsSeenByEveryoneInItAndNobodyOutside() {
        String milestone = reachedMilestone();
        mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("ORGANIZATION", "kai@elsewhere.example"));
        World other = World.create(context);

        assertSeen(milestone, true, world.idleLead(), world.otherMentee());
        assertSeen(milestone, false, other.admin(), other.mentee());
        var seenByOutsider = Api.at(port).as(world.idleLead().email()).get("/api/v1/milestones/" + milestone + "/celebration").json();
        assertThat(seenByOutsider.get("stakeholders").size()).as("who was invited stays with the pair").isZero();
        assertThat(Api.at(port).as(world.idleLead().email()).get("/api/v1/milestones/" + milestone).status()).as("the milestone itself").isEqualTo(404);
        assertThat(Api.at(port).as(world.idleLead().email()).put("/api/v1/milestones/" + milestone + "/celebration/visibility",
                json("{'visibility':'PAIR'}")).status()).isEqualTo(403);
    }

    @Test
    void aStakeholderAddsTheirWordsOnceByGuestLinkAndAWrongTokenIsNotFound() {
        String milestone = reachedMilestone();
        var created = mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR", "kai@elsewhere.example"));
        String path = URI.create(created.json().get("stakeholderLinks").get(0).get("link").asString()).getPath();
        GuestPages guest = new GuestPages(port);

        var page = guest.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sixty and holding").contains("weekly ticket reviews").doesNotContain("Satisfaction score");

        var empty = guest.post(path, "name", "Kai", "text", " ");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Write a few words before sending them");
        var checked = guest.post(path + "/check", "text", "You are always brilliant.");
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("data-rule=\"TRAIT_LANGUAGE\"");
        assertThat(guest.post(path, "name", "Kai from Billing", "text", "Our escalations halved since the reviews started.").status()).isEqualTo(200);
        assertThat(guest.post(path, "name", "Someone", "text", "Again").status()).isEqualTo(409);
        assertThat(guest.post(path + "/check", "text", "Again").status()).as("the check closes with the link").isEqualTo(404);

        var words = mentor.get("/api/v1/milestones/" + milestone + "/celebration").json().get("stakeholderWords");
        assertThat(words.size()).isEqualTo(1);
        assertThat(words.get(0).get("name").asString()).isEqualTo("Kai from Billing");
        assertThat(words.get(0).get("words").asString()).isEqualTo("Our escalations halved since the reviews started.");

        String wrong = path.substring(0, path.length() - 4) + (path.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(new GuestPages(port).get(wrong).status()).isEqualTo(404);
        assertThat(new GuestPages(port).get("/guest/celebrations/not-a-token").status()).isEqualTo(404);
        assertThat(new GuestPages(port).get("/milestones/" + milestone + "/celebration").status()).as("the guest reaches nothing else")
                .isIn(302, 401, 403);
    }

    @Test
    void aNextStepBecomesAProposedGoalInOneClickOnce() {
        String milestone = reachedMilestone();
        var created = mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR"));
        String step = created.json().get("nextSteps").get(0).get("id").asString();
        String path = "/api/v1/milestones/" + milestone + "/celebration/next-steps/" + step + "/goal";

        assertThat(Api.at(port).as(world.otherMentor().email()).post(path, "").status()).isEqualTo(404);
        var proposed = mentor.post(path, "");

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        var goal = mentee.get("/api/v1/goals/" + proposed.json().get("goalId").asString()).json();
        assertThat(goal.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(goal.get("title").asString()).isEqualTo("Run the reviews for the billing queue too");
        assertThat(mentee.get("/api/v1/milestones/" + milestone + "/celebration").json().get("nextSteps").get(0).get("goalId").asString())
                .isEqualTo(proposed.json().get("goalId").asString());
        assertThat(mentor.post(path, "").status()).isEqualTo(409);
    }

    @Test
    void badCelebrationInputIsRefusedNamingEachFieldAndPublishesNothing() {
        String milestone = reachedMilestone();

        var response = mentee.post("/api/v1/milestones/" + milestone + "/celebration",
                json("{'recognition':'','rewards':[{'kind':'CAKE','description':'x'}],'stakeholders':['not-an-address'],'visibility':'PAIR'}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("rewards[0].kind");
        assertThat(mentee.post("/api/v1/milestones/" + milestone + "/celebration",
                json("{'recognition':'','stakeholders':['not-an-address']}")).json().get("errors").findValuesAsString("field"))
                .containsExactly("recognition", "stakeholders[0]");
        assertThat(mentee.get("/api/v1/milestones/" + milestone + "/celebration").status()).isEqualTo(404);
    }

    @Test
    void anOpenMilestoneCannotBeCelebratedYet() {
        String goal = MilestoneApiIntegrationTests.activeGoal(t);
        String milestone = MilestoneApiIntegrationTests.plan(mentee, goal, "Sixty and holding", "60");

        assertThat(mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR")).status()).isEqualTo(409);
    }

    @Test
    void aReachedMilestoneLeftUncelebratedRaisesTheNudgeOnThePairsCard() {
        String milestone = reachedMilestone();
        var pages = Api.at(port).as(world.mentee().email()).with("Accept", "text/html");
        String card = "/mentorships/" + world.mentorship().id() + "/milestones/card";
        assertThat(pages.get(card).body()).as("reached today: not due yet").doesNotContain("Celebration due");

        // A week and a day later (the default is seven days): the milestone's reaching is moved back instead of the clock.
        dsl.update(DSL.table("milestone")).set(DSL.field("reached_at"), Instant.now().minus(8, ChronoUnit.DAYS).atOffset(java.time.ZoneOffset.UTC))
                .where(DSL.field("id").eq(java.util.UUID.fromString(milestone))).execute();

        assertThat(pages.get(card).body()).contains("Celebration due").contains("Sixty and holding");
        assertThat(Api.at(port).as(world.otherMentee().email()).with("Accept", "text/html")
                .get("/mentorships/" + world.otherMentorship().id() + "/milestones/card").body()).doesNotContain("Sixty and holding");
        assertThat(Api.at(port).as(world.lead().email()).with("Accept", "text/html").get(card).body()).doesNotContain("Sixty and holding");
        // An admin may open the pair's card, but celebrations may be the pair's alone: no nudge, no way to the form.
        String adminCard = Api.at(port).as(world.admin().email()).with("Accept", "text/html").get(card).body();
        assertThat(adminCard).contains("Sixty and holding").doesNotContain("Celebration due").doesNotContain("/celebration/new")
                .contains("/milestones/" + milestone + "\"");

        mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR"));
        assertThat(pages.get(card).body()).doesNotContain("Celebration due");
    }

    @Test
    void factsCountReachedMilestonesAndCelebrationsInAWindow() {
        String milestone = reachedMilestone();
        mentee.post("/api/v1/milestones/" + milestone + "/celebration", celebration("PAIR"));
        Instant now = Instant.now();

        var facts = milestones.facts(world.organization().id(), world.mentorship().id(), now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS));
        var before = milestones.facts(world.organization().id(), world.mentorship().id(), now.minus(30, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));

        assertThat(facts).isEqualTo(new MilestoneFacts(1, 1));
        assertThat(before).isEqualTo(new MilestoneFacts(0, 0));
        assertThat(milestones.facts(world.organization().id(), world.otherMentorship().id(), now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.HOURS))).isEqualTo(new MilestoneFacts(0, 0));
    }

    @Test
    void aReachedMilestoneAppearsInTheNextCheckInsReview() {
        var checkIn = mentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(2, ChronoUnit.HOURS)));
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
        reachedMilestone();

        var review = mentor.get("/api/v1/check-ins/" + checkIn.json().get("id").asString()).json().get("review");

        assertThat(review.get("milestonesReached").findValuesAsString("title")).containsExactly("Sixty and holding");
        assertThat(Api.at(port).as(world.otherMentor().email()).get("/api/v1/mentorships/" + world.otherMentorship().id() + "/check-ins")
                .body()).doesNotContain("Sixty and holding");
    }

    // ---------------------------------------------------------------- helpers

    private void assertSeen(String milestone, boolean seen, Person... people) {
        for (Person person : people) {
            int status = Api.at(port).as(person.email()).get("/api/v1/milestones/" + milestone + "/celebration").status();
            assertThat(status).as(person.displayName() + " of " + person.organizationId()).isEqualTo(seen ? 200 : 404);
        }
    }

    private void assertListed(String milestone, boolean listed, Person... people) {
        for (Person person : people) {
            String body = Api.at(port).as(person.email()).get("/api/v1/celebrations").body();
            assertThat(body.contains(milestone)).as(person.displayName() + " lists").isEqualTo(listed);
        }
    }

    private int count(String column, String like) {
        return dsl.fetchCount(DSL.table("outbox_message"), DSL.field("organization_id").eq(world.organization().id().value())
                .and(DSL.field(column, String.class).like(like)));
    }
}
