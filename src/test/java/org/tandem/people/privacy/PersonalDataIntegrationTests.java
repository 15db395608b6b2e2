package org.tandem.people.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.AUDIT_ENTRY;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonDraft;
import org.tandem.people.Role;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.PageClient;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export and erasure from the outside: a mentee who did everything Tandem offers exports all of it, an admin gets
 * the account facts without the pair's words, and once erased the mentee's name, address and words are found
 * nowhere the mentor, the lead or the admin can look, while the program's figures stay as they were.
 */
@IntegrationTest
@PostgresRelevant
class PersonalDataIntegrationTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    World world;
    /** A word that appears only in what the mentee wrote. */
    String marker;
    String name;
    Person mentee;
    Api asMentee;
    Api asMentor;
    String goal;
    String learningGoal;
    String milestone;
    String checkIn;
    String tokenSecret;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        marker = "Zorblatt" + tag;
        name = "Quillon Marrowby " + tag;
        mentee = context.getBean(PeopleService.class).update(World.actor(world.admin()), world.mentee().id(),
                new PersonDraft("quillon-" + tag + "@test.example", name, Set.of(Role.MENTEE), "Team " + tag, "Engineer", "MID", "Europe/Berlin", null),
                OptionalLong.empty());
        asMentee = Api.at(port).as(mentee.email());
        asMentor = Api.at(port).as(world.mentor().email());
    }

    /** The mentee does everything once, with the marker in every word they write. */
    void menteeLeavesTracesEverywhere() {
        goal = goal("OUTPUT");
        ok(asMentee.post("/api/v1/goals/" + goal + "/measurements", json("{'value':45,'observedOn':'%s','note':'Measured after %s'}",
                today().minusDays(3), marker)), 201);
        var revision = asMentee.post("/api/v1/goals/" + goal + "/revisions",
                json("{'changes':{'title':'Reviews of %s tickets'},'rationale':'The %s queue matters more now'}", marker, marker));
        ok(revision, 201);
        ok(asMentor.post("/api/v1/goals/" + goal + "/revisions/" + revision.json().get("id").asString() + "/agreement", ""), 200);
        var planned = asMentee.post("/api/v1/goals/" + goal + "/milestones", json("{'title':'Sixty for %s','threshold':60}", marker));
        ok(planned, 201);
        milestone = planned.json().get("id").asString();
        ok(asMentee.post("/api/v1/goals/" + goal + "/measurements", json("{'value':63,'observedOn':'%s'}", today())), 201);
        ok(asMentee.post("/api/v1/milestones/" + milestone + "/celebration", json("{'recognition':'In March the %s reviews lifted the "
                + "score to 63 and customers got answers a day sooner; next I pair new joiners on them.','visibility':'PROGRAM'}", marker)), 201);

        learningGoal = goal("LEARNING");
        ok(asMentor.post("/api/v1/goals/" + learningGoal + "/achievement", ""), 200);
        ok(asMentee.post("/api/v1/goals/" + learningGoal + "/achievement/agreement", ""), 200);

        var scheduled = asMentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(2, ChronoUnit.HOURS)));
        ok(scheduled, 201);
        checkIn = scheduled.json().get("id").asString();
        String at = "/api/v1/check-ins/" + checkIn;
        ok(asMentor.post(at + "/start", ""), 200);
        ok(asMentee.post(at + "/observations", json("{'kind':'BEHAVIOR','text':'Asked %s for context first','observedOn':'%s'}", marker, today())), 201);
        ok(asMentee.post(at + "/answers", json("{'question':'What should I stop doing?','answer':'Reviewing %s at midnight'}", marker)), 201);
        ok(asMentee.post(at + "/feedback", json("{'text':'Thanks for the %s answers on Tuesday, they unblocked the release'}", marker)), 201);
        ok(asMentee.post(at + "/wins", json("{'text':'First %s week without an escalation'}", marker)), 201);
        ok(asMentee.post(at + "/notes", json("{'text':'Shared thought %s','visibility':'PAIR'}", marker)), 201);
        ok(asMentee.post(at + "/notes", json("{'text':'Private thought %s','visibility':'PRIVATE'}", marker)), 201);
        ok(asMentee.post(at + "/action-items", json("{'task':'Split the %s PR into three parts','ownerId':'%s','dueOn':'%s','resources':[]}",
                marker, mentee.id(), today().plusDays(10))), 201);
        ok(asMentor.post(at + "/complete", ""), 200);
        ok(asMentee.post(at + "/rating", json("{'clarity':4,'usefulness':5,'support':4,'comment':'Clear %s steps'}", marker)), 200, 201);

        var token = asMentee.post("/api/v1/me/tokens", json("{'name':'work laptop'}"));
        ok(token, 201);
        tokenSecret = token.json().get("token").asString();
    }

    @Test
    void theMenteesExportHoldsGoalsMeasurementsRevisionsMilestonesCelebrationsRechecksTokensAndCheckIns() {
        menteeLeavesTracesEverywhere();

        var export = asMentee.get("/api/v1/people/" + mentee.id() + "/export");

        ok(export, 200);
        var data = export.json();
        assertThat(data.get("person").get("displayName").asString()).isEqualTo(name);
        assertThat(data.get("goals")).hasSize(2);
        assertThat(data.get("goals").findValuesAsString("statement")).allMatch(s -> !s.isBlank());
        assertThat(data.get("goalMeasurements").findValuesAsString("note")).anyMatch(n -> n.contains(marker));
        assertThat(data.get("goalRevisions").get(0).get("rationale").asString()).contains(marker);
        assertThat(data.get("goalRevisionChanges").findValuesAsString("afterValue")).anyMatch(v -> v.contains(marker));
        assertThat(data.get("milestones").get(0).get("title").asString()).contains(marker);
        assertThat(data.get("celebrations").get(0).get("recognition").asString()).contains(marker);
        assertThat(data.get("skillRechecks")).hasSize(1);
        assertThat(data.get("apiTokens").findValuesAsString("name")).contains("work laptop");
        assertThat(data.get("checkIns").findValues("ratingComment")).anyMatch(c -> c.isString() && c.asString().contains(marker));
        assertThat(data.get("notes").findValuesAsString("text")).contains("Private thought " + marker, "Shared thought " + marker);
        assertThat(data.get("observations")).hasSize(1);
        assertThat(data.get("growthAnswers")).hasSize(1);
        assertThat(data.get("feedback")).hasSize(1);
        assertThat(data.get("wins")).hasSize(1);
        assertThat(data.get("actionItems").get(0).get("task").asString()).contains(marker);
        assertThat(data.get("checkInSummaries")).hasSize(1);
        assertThat(data.get("mentorships")).hasSize(1);
        assertThat(export.body()).as("secrets never leave").doesNotContain(tokenSecret).doesNotContain("tokenHash").doesNotContain("passwordHash");
        assertThat(data.get("leftOut").findValuesAsString("column")).contains("token_hash", "password_hash");
    }

    @Test
    void anAdminExportingTheMenteeGetsTheAccountButNoneOfThePairsWordsAndTheExportIsAudited() {
        menteeLeavesTracesEverywhere();

        var export = Api.at(port).as(world.admin().email()).get("/api/v1/people/" + mentee.id() + "/export");

        ok(export, 200);
        assertThat(export.json().get("person").get("email").asString()).isEqualTo(mentee.email());
        assertThat(export.json().get("goals")).hasSize(2);
        assertThat(export.body()).doesNotContain(marker);
        assertThat(export.json().get("leftOut").findValuesAsString("column")).contains("statement", "text");
        assertThat(audited("DATA_EXPORTED")).isEqualTo(1);
    }

    @Test
    void theMentorTheOtherMenteeAndTheLeadCannotExportTheMentee() {
        for (Person outsider : List.of(world.mentor(), world.otherMentee(), world.lead())) {
            assertThat(Api.at(port).as(outsider.email()).get("/api/v1/people/" + mentee.id() + "/export").status())
                    .as(outsider.displayName()).isEqualTo(404);
        }
        assertThat(audited("DATA_EXPORTED")).isZero();
    }

    @Test
    void theExportPageShowsThePersonTheirDataAndOffersTheJsonDownload() {
        menteeLeavesTracesEverywhere();
        var pages = PageClient.at(port).withBasic(mentee.email());

        var mine = pages.get(PersonalDataController.MINE);
        assertThat(mine.status()).isEqualTo(302);
        var page = pages.get(PersonalDataController.PAGE.replace("{id}", mentee.id().toString()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Your data in Tandem", "Download as JSON", "Private thought " + marker);
        var download = pages.get(PersonalDataController.DOWNLOAD.replace("{id}", mentee.id().toString()));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.body()).contains(marker);
        assertThat(PageClient.at(port).withBasic(world.mentor().email()).get(PersonalDataController.PAGE.replace("{id}", mentee.id().toString()))
                .status()).isEqualTo(404);
    }

    @Test
    void onlyAnAdminErasesSomeoneElseAndARefusalChangesNothing() {
        menteeLeavesTracesEverywhere();
        String erasure = "/api/v1/people/" + mentee.id() + "/erasure";

        for (Person refused : List.of(world.mentor(), world.lead(), mentee)) {
            assertThat(Api.at(port).as(refused.email()).post(erasure, "").status()).as(refused.displayName()).isEqualTo(403);
        }
        assertThat(Api.at(port).as(world.admin().email()).post("/api/v1/people/" + world.admin().id() + "/erasure", "").status()).isEqualTo(403);

        assertThat(asMentor.get("/api/v1/goals/" + goal).body()).contains(marker);
        assertThat(asMentee.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(audited("PERSON_ERASED")).isZero();
    }

    @Test
    void theErasedMenteeIsFoundNowhereByTheMentorTheLeadOrTheAdmin() {
        menteeLeavesTracesEverywhere();
        List<String> paths = placesToLook();
        assertThat(asMentor.get("/api/v1/goals/" + goal).body()).as("the marker is there before").contains(marker);
        assertThat(Api.at(port).as(world.admin().email()).get("/api/v1/people?query=" + name.split(" ")[1]).body()).contains(name);
        var mentorSession = PageClient.at(port);
        var menteeSession = PageClient.at(port);
        menteeSession.signIn(mentee.email());
        assertThat(menteeSession.get("/").status()).isEqualTo(200);

        ok(Api.at(port).as(world.admin().email()).post("/api/v1/people/" + mentee.id() + "/erasure", ""), 204);

        mentorSession.signIn(world.mentor().email());
        for (Person looker : List.of(world.mentor(), world.lead(), world.admin())) {
            Api api = Api.at(port).as(looker.email());
            PageClient pages = PageClient.at(port).withBasic(looker.email());
            int answered = 0;
            for (String path : paths) {
                var response = path.startsWith("/api/") ? api.get(path) : pages.get(path);
                answered += response.status() == 200 ? 1 : 0;
                assertThat(response.status()).as(looker.displayName() + " " + path).isLessThan(500);
                assertThat(response.body()).as(looker.displayName() + " " + path)
                        .doesNotContain(marker).doesNotContain(name).doesNotContainIgnoringCase(mentee.email());
            }
            assertThat(answered).as(looker.displayName() + " really looked: most places answered").isGreaterThan(12);
            var markdown = api.with("Accept", "text/markdown").get("/api/v1/check-ins/" + checkIn + "/summary");
            assertThat(markdown.body()).doesNotContain(marker).doesNotContain(name);
        }
        assertThat(asMentor.get("/api/v1/goals/" + goal).json().get("statement").asString()).isEqualTo(PersonData.ERASED_TEXT);
        assertThat(Api.at(port).as(mentee.email()).get("/api/v1/me").status()).as("no sign-in").isEqualTo(401);
        assertThat(Api.at(port).bearer(tokenSecret).get("/api/v1/me").status()).as("no token").isEqualTo(401);
        assertThat(menteeSession.get("/").status()).as("the page session ended").isEqualTo(302);
    }

    @Test
    void figuresAndCountsStayTheSameAfterErasure() {
        menteeLeavesTracesEverywhere();
        Api admin = Api.at(port).as(world.admin().email());
        String programInsights = "/api/v1/programs/" + world.program().id() + "/insights";
        String pairInsights = "/api/v1/mentorships/" + world.mentorship().id() + "/insights";
        String goals = "/api/v1/mentorships/" + world.mentorship().id() + "/goals";
        String checkIns = "/api/v1/mentorships/" + world.mentorship().id() + "/check-ins";
        var before = List.of(withoutRefreshTime(admin.get(programInsights).json()), asMentor.get(pairInsights).json(),
                asMentor.get(goals).json().get("items").size(), asMentor.get(checkIns).json().get("items").size(),
                asMentor.get("/api/v1/goals/" + goal + "/measurements").json().get("items").size());

        ok(admin.post("/api/v1/people/" + mentee.id() + "/erasure", ""), 204);

        var after = List.of(withoutRefreshTime(admin.get(programInsights).json()), asMentor.get(pairInsights).json(),
                asMentor.get(goals).json().get("items").size(), asMentor.get(checkIns).json().get("items").size(),
                asMentor.get("/api/v1/goals/" + goal + "/measurements").json().get("items").size());
        assertThat(after).isEqualTo(before);
    }

    /** Erasure recomputes the pair's figures, so when they were computed may move; what they say may not. */
    private static JsonNode withoutRefreshTime(JsonNode dashboard) {
        ((ObjectNode) dashboard).remove("freshAsOf");
        return dashboard;
    }

    @Test
    void erasureIsAuditedWithoutWhatWasErased() {
        menteeLeavesTracesEverywhere();

        ok(Api.at(port).as(world.admin().email()).post("/api/v1/people/" + mentee.id() + "/erasure", ""), 204);

        var entries = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ORGANIZATION_ID.eq(world.organization().id().value()))
                .and(AUDIT_ENTRY.TARGET_ID.eq(mentee.id().value())).fetch();
        assertThat(entries).extracting(r -> r.getAction()).contains("PERSON_ERASED");
        var erased = entries.stream().filter(r -> r.getAction().equals("PERSON_ERASED")).findFirst().orElseThrow();
        assertThat(erased.getActorId()).isEqualTo(world.admin().id().value());
        assertThat(erased.getDetails()).contains("rows").doesNotContain(marker).doesNotContain(name).doesNotContain(mentee.email());
        assertThat(entries).allSatisfy(r -> assertThat(r.getDetails()).doesNotContain(name).doesNotContain(mentee.email()));
    }

    /** Every place a member of the organization might find the mentee: the API and the pages that take these ids. */
    private List<String> placesToLook() {
        String pair = world.mentorship().id().toString();
        String program = world.program().id().toString();
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/people?limit=200", "/api/v1/people?query=" + name.split(" ")[1], "/api/v1/people/" + mentee.id(),
                "/api/v1/mentorships", "/api/v1/mentorships/" + pair, "/api/v1/mentorships/" + pair + "/goals",
                "/api/v1/goals/" + goal, "/api/v1/goals/" + goal + "/measurements", "/api/v1/goals/" + goal + "/revisions",
                "/api/v1/goals/" + goal + "/signals", "/api/v1/goals/" + learningGoal,
                "/api/v1/milestones/" + milestone, "/api/v1/milestones/" + milestone + "/story",
                "/api/v1/milestones/" + milestone + "/celebration", "/api/v1/celebrations",
                "/api/v1/mentorships/" + pair + "/check-ins", "/api/v1/check-ins/" + checkIn, "/api/v1/check-ins/" + checkIn + "/summary",
                "/api/v1/mentorships/" + pair + "/insights", "/api/v1/mentorships/" + pair + "/skill-rechecks",
                "/api/v1/programs/" + program + "/pairs", "/api/v1/programs/" + program + "/insights",
                "/api/v1/programs/" + program + "/insights.csv",
                "/api/v1/people/" + world.mentor().id() + "/export", "/api/v1/people/" + world.admin().id() + "/export",
                "/", "/people", "/goals", "/goals/" + goal, "/mentorships/" + pair, "/check-ins/" + checkIn,
                "/milestones/" + milestone, "/celebrations", "/programs/" + program, "/admin/outbox?status=SENT",
                "/admin/outbox?status=HELD", "/admin/outbox?status=PENDING"));
        return paths;
    }

    private long audited(String action) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ORGANIZATION_ID.eq(world.organization().id().value())
                .and(AUDIT_ENTRY.TARGET_ID.eq(mentee.id().value())).and(AUDIT_ENTRY.ACTION.eq(action)));
    }

    private String goal(String kind) {
        var created = asMentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals", json(
                "{'title':'Lead %s reviews','statement':'Lead the weekly %s review and write its summary for the team',"
                        + "'kind':'%s','indicator':{'name':'Reviews led','unit':'reviews','baseline':40,'target':80,'direction':'INCREASE'},"
                        + "'attainability':'One review a week is scheduled already','relevance':'Reliability objective this year',"
                        + "'dueOn':'%s'}", marker, marker, kind, today().plusDays(90)));
        ok(created, 201);
        String id = created.json().get("id").asString();
        ok(asMentor.post("/api/v1/goals/" + id + "/agreement", ""), 200);
        return id;
    }

    private static void ok(Api.Response response, int... expected) {
        assertThat(expected).as(response.toString()).contains(response.status());
    }

    private static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    @SuppressWarnings("unused")
    private static Map<String, String> none() {
        return Map.of();
    }
}
