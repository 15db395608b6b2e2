package org.tandem.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/**
 * A playbook version with tailoring limits, the pair tailoring it through the API and the page, the check-ins that
 * follow (or keep) it, the program's variants, and everyone outside the pair refused (decision 0086).
 */
@IntegrationTest
@PostgresRelevant
class PairPlaybookIntegrationTests {

    /** Review is core (5 to 15 minutes), Growth may go (4 to 8), Plan is core and fixed at 5. */
    private static final String LIMITED = json("""
            {'name':'Focused check-in','sections':[
              {'kind':'REVIEW','title':'Review the evidence','minutes':10,'prompts':['What changed?'],'core':true,'minMinutes':5,'maxMinutes':15},
              {'kind':'GROWTH','title':'Growth','minutes':6,'prompts':[],'minMinutes':4,'maxMinutes':8},
              {'kind':'PLAN','title':'Plan','minutes':5,'prompts':[],'core':true}]}""");

    private static final String TAILORED = json("""
            {'sections':[{'kind':'PLAN','minutes':5},{'kind':'REVIEW','minutes':14,'addedPrompts':['Which number moved most?']}]}""");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api api;
    String playbookId;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
        playbookId = as(world.lead()).get("/api/v1/programs/" + world.program().id()).json().get("playbookId").asString();
    }

    private Api as(org.tandem.people.Person person) {
        return api.as(person.email());
    }

    private String pairPlaybook() {
        return "/api/v1/mentorships/" + world.mentorship().id() + "/playbook";
    }

    private void reviseWithLimits() {
        var revised = as(world.admin()).put("/api/v1/playbooks/" + playbookId, LIMITED);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    }

    private JsonNode schedule(int daysAhead) {
        var created = as(world.mentor()).post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(daysAhead, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static List<String> agenda(JsonNode checkIn) {
        List<String> sections = new ArrayList<>();
        checkIn.get("agenda").forEach(s -> sections.add(s.get("kind").asString() + " " + s.get("minutes").asInt()));
        return sections;
    }

    private static List<String> errorFields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void aCheckInPlannedAfterTheTailoringFollowsItAndOnePlannedBeforeKeepsItsVersion() {
        reviseWithLimits();
        JsonNode before = schedule(20);

        var tailored = as(world.mentee()).put(pairPlaybook(), TAILORED);
        JsonNode after = schedule(34);

        assertThat(tailored.status()).as(tailored.body()).isEqualTo(200);
        assertThat(tailored.json().get("tailoring").get("tailoredBy").asString()).isEqualTo(world.mentee().id().toString());
        assertThat(tailored.json().get("dropped").get(0).asString()).isEqualTo("GROWTH");
        assertThat(agenda(after)).containsExactly("PLAN 5", "REVIEW 14");
        assertThat(after.get("agenda").get(1).get("prompts").toString()).contains("What changed?", "Which number moved most?");
        assertThat(agenda(as(world.mentor()).get("/api/v1/check-ins/" + before.get("id").asString()).json()))
                .containsExactly("REVIEW 10", "GROWTH 6", "PLAN 5");
        assertThat(before.get("playbook").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void theCheckInPlannedWithThePairBeforeTheNewVersionKeepsTheFirstVersion() {
        reviseWithLimits();

        var planned = as(world.mentor()).get("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins").json().get("items").get(0);
        JsonNode checkIn = as(world.mentor()).get("/api/v1/check-ins/" + planned.get("id").asString()).json();

        assertThat(checkIn.get("playbook").get("version").asInt()).isEqualTo(1);
        assertThat(checkIn.get("agenda")).hasSize(10);
    }

    @Test
    void tailoringOutsideThePlaybooksLimitsIsRefusedNamingTheFieldAndChangesNothing() {
        reviseWithLimits();

        var tooLong = as(world.mentor()).put(pairPlaybook(), json("{'sections':[{'kind':'REVIEW','minutes':16},{'kind':'PLAN','minutes':5}]}"));
        var coreLeftOut = as(world.mentor()).put(pairPlaybook(), json("{'sections':[{'kind':'REVIEW','minutes':10}]}"));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(errorFields(tooLong)).containsExactly("sections[0].minutes");
        assertThat(coreLeftOut.status()).isEqualTo(400);
        assertThat(coreLeftOut.body()).contains("\\\"Plan\\\" is a core section");
        JsonNode stored = as(world.mentor()).get(pairPlaybook()).json();
        assertThat(stored.has("tailoring")).isFalse();
        assertThat(stored.get("agenda")).hasSize(3);
    }

    @Test
    void onlyThePairTailorsAndOutsidersDoNotSeeThePairsPlaybook() {
        reviseWithLimits();

        assertThat(as(world.lead()).put(pairPlaybook(), TAILORED).status()).isEqualTo(403);
        assertThat(as(world.admin()).put(pairPlaybook(), TAILORED).status()).isEqualTo(403);
        assertThat(as(world.otherMentor()).put(pairPlaybook(), TAILORED).status()).isEqualTo(404);
        assertThat(as(world.otherMentor()).get(pairPlaybook()).status()).isEqualTo(404);
        assertThat(as(world.lead()).get(pairPlaybook()).status()).isEqualTo(200);
        assertThat(as(world.mentor()).get(pairPlaybook()).json().has("tailoring")).isFalse();
    }

    @Test
    void aTailoringBasedOnAStaleVersionIsAConflict() {
        reviseWithLimits();
        assertThat(as(world.mentee()).put(pairPlaybook(), TAILORED).status()).isEqualTo(200);

        var stale = as(world.mentor()).put(pairPlaybook(), json("{'version':0,'sections':[{'kind':'REVIEW','minutes':10},{'kind':'PLAN','minutes':5}]}"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(agendaOf(as(world.mentor()).get(pairPlaybook()).json())).containsExactly("PLAN 5", "REVIEW 14");
    }

    private static List<String> agendaOf(JsonNode pairPlaybook) {
        return agenda(pairPlaybook);
    }

    @Test
    void aVariantMeantForTheMenteesSeniorityReplacesTheProgramsPlaybook() {
        var variant = as(world.admin()).post("/api/v1/playbooks", json("""
                {'name':'Mid-level focus','audience':{'seniorities':['Mid']},'sections':[{'kind':'REVIEW','title':'Review','minutes':20,'prompts':[]}]}"""));
        String variantId = variant.json().get("id").asString();

        var assigned = as(world.lead()).put("/api/v1/programs/" + world.program().id() + "/playbooks",
                json("{'playbookId':'%s','variantIds':['%s']}", playbookId, variantId));
        var outsider = as(world.otherMentor()).put("/api/v1/programs/" + world.program().id() + "/playbooks",
                json("{'playbookId':'%s','variantIds':[]}", playbookId));

        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("variantIds").get(0).asString()).isEqualTo(variantId);
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(as(world.mentee()).get(pairPlaybook()).json().get("name").asString()).isEqualTo("Mid-level focus");
        assertThat(agenda(schedule(20))).containsExactly("REVIEW 20");
    }

    @Test
    void aProgramCannotListItsOwnPlaybookAsAVariant() {
        var refused = as(world.lead()).put("/api/v1/programs/" + world.program().id() + "/playbooks",
                json("{'playbookId':'%s','variantIds':['%s']}", playbookId, playbookId));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("variantIds");
    }

    // ---- pages

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private PageClient page(org.tandem.people.Person person) {
        return PageClient.at(port).withBasic(person.email());
    }

    private String pairPage() {
        return "/mentorships/" + world.mentorship().id() + "/playbook";
    }

    @Test
    void thePairTailorsOnThePageAndTheMentorshipPageSaysWhoDidWhen() {
        reviseWithLimits();
        PageClient mentor = page(world.mentor());
        String token = PageClient.csrfToken(mentor.get(pairPage()).body());

        var saved = mentor.postForm(pairPage(), form("_csrf", token, "version", "0",
                "keep_REVIEW", "true", "position_REVIEW", "2", "minutes_REVIEW", "12", "addedPrompts_REVIEW", "What did the team notice?",
                "position_GROWTH", "3", "minutes_GROWTH", "6",
                "keep_PLAN", "true", "position_PLAN", "1", "minutes_PLAN", "5"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(agendaOf(as(world.mentee()).get(pairPlaybook()).json())).containsExactly("PLAN 5", "REVIEW 12");
        assertThat(page(world.mentee()).get("/mentorships/" + world.mentorship().id()).body()).contains("Tailored by Mona Mentor");
        assertThat(page(world.mentee()).get(pairPage()).body()).contains("What did the team notice?", "Tailored by Mona Mentor");
    }

    @Test
    void aTimeboxOutsideItsBoundsOnThePageIsNamedBesideItsField() {
        reviseWithLimits();
        PageClient mentee = page(world.mentee());
        String token = PageClient.csrfToken(mentee.get(pairPage()).body());

        var refused = mentee.postForm(pairPage(), form("_csrf", token, "version", "0",
                "keep_REVIEW", "true", "position_REVIEW", "1", "minutes_REVIEW", "30",
                "keep_GROWTH", "true", "position_GROWTH", "2", "minutes_GROWTH", "6",
                "keep_PLAN", "true", "position_PLAN", "3", "minutes_PLAN", "5"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"minutes_REVIEW-error\"", "between 5 and 15 minutes");
        assertThat(as(world.mentee()).get(pairPlaybook()).json().has("tailoring")).isFalse();
    }

    @Test
    void outsidersGetNoTailoringFormAndCannotPostOne() {
        reviseWithLimits();

        assertThat(page(world.lead()).get(pairPage()).body()).contains("Review the evidence").doesNotContain("Save our tailoring");
        assertThat(page(world.otherMentor()).get(pairPage()).status()).isEqualTo(404);
        PageClient lead = page(world.lead());
        String token = PageClient.csrfToken(lead.get(pairPage()).body());
        var refused = lead.postForm(pairPage(), form("_csrf", token, "version", "0", "keep_REVIEW", "true", "position_REVIEW", "1",
                "minutes_REVIEW", "10", "keep_PLAN", "true", "position_PLAN", "2", "minutes_PLAN", "5"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anAdminEditsAPlaybookAsANewVersionOnThePageAndAWrongTimeboxIsNamed() {
        PageClient admin = page(world.admin());
        String edit = "/playbooks/" + playbookId + "/edit";
        String token = PageClient.csrfToken(admin.get(edit).body());

        var refused = admin.postForm("/playbooks/" + playbookId, form("_csrf", token, "version", "0", "name", "Balanced, shorter",
                "emphasis", "GENERAL", "include_REVIEW", "true", "position_REVIEW", "1", "title_REVIEW", "Review", "minutes_REVIEW", "ten",
                "minMinutes_REVIEW", "5", "maxMinutes_REVIEW", "15"));
        var saved = admin.postForm("/playbooks/" + playbookId, form("_csrf", token, "version", "0", "name", "Balanced, shorter",
                "emphasis", "GENERAL", "include_REVIEW", "true", "position_REVIEW", "1", "title_REVIEW", "Review", "minutes_REVIEW", "10",
                "minMinutes_REVIEW", "5", "maxMinutes_REVIEW", "15", "core_REVIEW", "true"));
        var stale = admin.postForm("/playbooks/" + playbookId, form("_csrf", token, "version", "0", "name", "Late",
                "include_REVIEW", "true", "position_REVIEW", "1", "title_REVIEW", "Review", "minutes_REVIEW", "10"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"minutes_REVIEW-error\"");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get("/playbooks/" + playbookId).body()).contains("Balanced, shorter", "version 2", "Version 1",
                "2 planned check-ins follow it", "no planned check-in follows it");
        JsonNode current = as(world.mentor()).get("/api/v1/playbooks/" + playbookId).json();
        assertThat(current.get("playbookVersion").asInt()).isEqualTo(2);
        assertThat(current.get("sections").get(0).get("core").asBoolean()).isTrue();
    }

    @Test
    void aMentorMayReadPlaybooksButNotOpenTheirForms() {
        assertThat(page(world.mentor()).get("/playbooks").status()).isEqualTo(200);
        assertThat(page(world.mentor()).get("/playbooks/new").status()).isEqualTo(403);
        assertThat(page(world.mentor()).get("/playbooks/" + playbookId + "/edit").status()).isEqualTo(403);
        assertThat(page(world.otherMentor()).get("/programs/" + world.program().id() + "/playbooks").status()).isEqualTo(404);
    }
}
