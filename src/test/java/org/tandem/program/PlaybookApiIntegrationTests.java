package org.tandem.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@PostgresRelevant
class PlaybookApiIntegrationTests {

    private static final String PLAYBOOKS = "/api/v1/playbooks";

    private static final String TWO_SECTIONS = json("""
            {'name':'Quick check-in','emphasis':'LEADERSHIP','audience':{'roles':['MENTOR'],'seniorities':['SENIOR']},'sections':[
              {'kind':'REVIEW','title':'Review','minutes':10,'prompts':['What changed?','What surprised you?']},
              {'kind':'PLAN','title':'Plan','minutes':5,'prompts':[]}]}""");

    private static final String THREE_SECTIONS = json("""
            {'name':'Quick check-in, revised','sections':[
              {'kind':'RECAP','title':'Recap','minutes':3,'prompts':['Done?']},
              {'kind':'CELEBRATE','title':'Celebrate','minutes':7,'prompts':['What was reached?']},
              {'kind':'CLOSE','title':'Close','minutes':2,'prompts':[]}]}""");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api api;
    Api lead;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
        lead = api.as(world.lead().email());
    }

    private static List<String> kinds(JsonNode playbook) {
        List<String> kinds = new ArrayList<>();
        playbook.get("sections").forEach(s -> kinds.add(s.get("kind").asString()));
        return kinds;
    }

    private static List<String> errorFields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private Api.Response create() {
        var created = lead.post(PLAYBOOKS, TWO_SECTIONS);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    @Test
    void aLeadCreatesAPlaybookWithItsSections() {
        var created = create();

        JsonNode body = created.json();
        assertThat(created.header("Location")).isEqualTo(PLAYBOOKS + "/" + body.get("id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(body.get("name").asString()).isEqualTo("Quick check-in");
        assertThat(body.get("playbookVersion").asInt()).isEqualTo(1);
        assertThat(body.get("emphasis").asString()).isEqualTo("LEADERSHIP");
        assertThat(body.get("audience").get("roles").get(0).asString()).isEqualTo("MENTOR");
        assertThat(body.get("totalMinutes").asInt()).isEqualTo(15);
        assertThat(kinds(body)).containsExactly("REVIEW", "PLAN");
        assertThat(body.get("sections").get(0).get("prompts").size()).isEqualTo(2);

        JsonNode read = lead.get(created.header("Location")).json();
        assertThat(kinds(read)).containsExactly("REVIEW", "PLAN");
        assertThat(read.get("sections").get(0).get("prompts").get(1).asString()).isEqualTo("What surprised you?");
        assertThat(read.get("sections").get(1).get("prompts").size()).isZero();
        assertThat(read.get("audience").get("seniorities").get(0).asString()).isEqualTo("SENIOR");
    }

    @Test
    void aPlaybookWithoutEmphasisIsGeneral() {
        var created = lead.post(PLAYBOOKS, json("{'name':'Plain','sections':[{'kind':'CLOSE','title':'Close','minutes':2}]}"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("emphasis").asString()).isEqualTo("GENERAL");
    }

    @Test
    void everyOrganizationStartsWithTheBalancedDefault() {
        JsonNode list = api.as(world.mentee().email()).get(PLAYBOOKS).json();

        assertThat(list.get("items").size()).isEqualTo(1);
        JsonNode standard = list.get("items").get(0);
        assertThat(standard.get("name").asString()).isEqualTo("Balanced check-in");
        assertThat(standard.get("totalMinutes").asInt()).isEqualTo(45);
        assertThat(kinds(standard)).containsExactly("RECAP", "REVIEW", "INTERPRET", "ADJUST", "GROWTH", "RISKS", "FEEDBACK",
                "CELEBRATE", "PLAN", "CLOSE");
    }

    @Test
    void aMentorCannotCreateAPlaybook() {
        var refused = api.as(world.mentor().email()).post(PLAYBOOKS, TWO_SECTIONS);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(lead.get(PLAYBOOKS).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void aMentorReadsThePlaybooksOfTheirOrganizationButCannotReviseThem() {
        String location = create().header("Location");
        var mentor = api.as(world.mentor().email());

        assertThat(mentor.get(location).status()).isEqualTo(200);
        assertThat(mentor.put(location, THREE_SECTIONS).status()).isEqualTo(403);
        assertThat(lead.get(location).json().get("playbookVersion").asInt()).isEqualTo(1);
    }

    @Test
    void revisingMakesTheNextVersionWhileTheFirstStaysReadable() {
        var created = create();
        String location = created.header("Location");

        var revised = lead.with("If-Match", created.header("ETag")).put(location, THREE_SECTIONS);

        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
        assertThat(revised.json().get("playbookVersion").asInt()).isEqualTo(2);
        assertThat(revised.json().get("name").asString()).isEqualTo("Quick check-in, revised");
        assertThat(revised.header("ETag")).isNotEqualTo(created.header("ETag"));
        assertThat(kinds(revised.json())).containsExactly("RECAP", "CELEBRATE", "CLOSE");

        assertThat(kinds(lead.get(location).json())).containsExactly("RECAP", "CELEBRATE", "CLOSE");
        JsonNode first = lead.get(location + "?version=1").json();
        assertThat(first.get("playbookVersion").asInt()).isEqualTo(1);
        assertThat(first.get("name").asString()).isEqualTo("Quick check-in");
        assertThat(kinds(first)).containsExactly("REVIEW", "PLAN");
        assertThat(first.get("emphasis").asString()).isEqualTo("LEADERSHIP");
    }

    @Test
    void theListShowsTheCurrentVersion() {
        String location = create().header("Location");
        lead.put(location, THREE_SECTIONS);

        JsonNode list = lead.get(PLAYBOOKS).json();

        List<Integer> versions = new ArrayList<>();
        list.get("items").forEach(p -> {
            if (location.endsWith(p.get("id").asString())) {
                versions.add(p.get("playbookVersion").asInt());
            }
        });
        assertThat(versions).containsExactly(2);
    }

    @Test
    void aVersionThatWasNeverMadeDoesNotExist() {
        String location = create().header("Location");

        assertThat(lead.get(location + "?version=2").status()).isEqualTo(404);
    }

    @Test
    void aRevisionBasedOnAStaleEtagFailsThePreconditionAndChangesNothing() {
        var created = create();
        String location = created.header("Location");
        String staleEtag = created.header("ETag");
        assertThat(lead.with("If-Match", staleEtag).put(location, THREE_SECTIONS).status()).isEqualTo(200);

        var refused = lead.with("If-Match", staleEtag).put(location, TWO_SECTIONS.replace("Quick check-in", "Overwritten"));

        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.header("ETag")).isEqualTo("\"1\"");
        JsonNode current = lead.get(location).json();
        assertThat(current.get("playbookVersion").asInt()).isEqualTo(2);
        assertThat(current.get("name").asString()).isEqualTo("Quick check-in, revised");
        assertThat(lead.get(location + "?version=3").status()).isEqualTo(404);
    }

    @Test
    void anIfMatchThatIsNotAnEtagIsRefusedNamingTheHeader() {
        String location = create().header("Location");

        var refused = lead.with("If-Match", "yesterday").put(location, THREE_SECTIONS);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("If-Match");
    }

    @Test
    void aBadSectionIsRefusedNamingItAndNothingIsCreated() {
        var refused = lead.post(PLAYBOOKS, json("{'name':'Bad','sections':[{'kind':'REVIEW','title':'Review','minutes':0}]}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("sections[0].minutes");
        assertThat(lead.get(PLAYBOOKS).body()).doesNotContain("\"Bad\"");
    }

    @Test
    void aBadSectionInARevisionIsRefusedAndTheVersionStays() {
        String location = create().header("Location");

        var refused = lead.put(location, json("{'name':'Bad','sections':[{'kind':'REVIEW','title':'Ok','minutes':5},"
                + "{'kind':'PLAN','title':'','minutes':500}]}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("sections[1].title", "sections[1].minutes");
        assertThat(lead.get(location).json().get("playbookVersion").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownSectionKindIsNamedWithItsPath() {
        var refused = lead.post(PLAYBOOKS, json("{'name':'Bad','sections':[{'kind':'NAP','title':'Nap','minutes':5}]}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("sections[0].kind");
    }

    @Test
    void aPlaybookOfAnotherOrganizationDoesNotExist() {
        String location = create().header("Location");
        World elsewhere = World.create(context);
        var foreignAdmin = api.as(elsewhere.admin().email());

        assertThat(foreignAdmin.get(location).status()).isEqualTo(404);
        assertThat(foreignAdmin.get(location + "?version=1").status()).isEqualTo(404);
        assertThat(foreignAdmin.put(location, THREE_SECTIONS).status()).isEqualTo(404);
        assertThat(foreignAdmin.get(PLAYBOOKS).body()).doesNotContain(location.substring(location.lastIndexOf('/') + 1));
        assertThat(lead.get(location).json().get("playbookVersion").asInt()).isEqualTo(1);
    }

    @Test
    void theCreatedPlaybookAnswersWhatWasStored() {
        var created = lead.post(PLAYBOOKS, json("{'name':'Spaces','sections':[{'kind':'REVIEW','title':'  Review  ','minutes':5,"
                + "'prompts':['  What changed?\\nAnd why?  ']}]}"));

        JsonNode stored = lead.get(created.header("Location")).json();

        assertThat(created.json().get("sections")).isEqualTo(stored.get("sections"));
    }

    @Test
    void aNullPromptIsRefusedNamingThePrompts() {
        var refused = lead.post(PLAYBOOKS, json("{'name':'P','sections':[{'kind':'CLOSE','title':'C','minutes':2,'prompts':[null]}]}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).singleElement().asString().startsWith("sections[0].prompts");
    }
}
