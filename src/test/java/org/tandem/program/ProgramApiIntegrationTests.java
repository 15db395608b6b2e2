package org.tandem.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
class ProgramApiIntegrationTests {

    private static final String PROGRAMS = "/api/v1/programs";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api api;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
    }

    private String program(String name, String extra) {
        return json("{'name':'%s','playbookId':'%s','defaultCadence':{'intervalDays':7,'durationMinutes':30}%s}",
                name, world.program().playbookId(), extra);
    }

    private static List<String> ids(Api.Response list) {
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> errorFields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void aLeadCreatesAProgramAndLeadsItThemselves() {
        var lead = api.as(world.lead().email());

        var created = lead.post(PROGRAMS, program("Onboarding", ""));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.header("Location")).isEqualTo(PROGRAMS + "/" + body.get("id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(body.get("name").asString()).isEqualTo("Onboarding");
        assertThat(body.get("playbookId").asString()).isEqualTo(world.program().playbookId().toString());
        assertThat(body.get("defaultCadence").get("intervalDays").asInt()).isEqualTo(7);
        assertThat(body.get("defaultCadence").get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(body.get("leadIds").size()).isEqualTo(1);
        assertThat(body.get("leadIds").get(0).asString()).isEqualTo(world.lead().id().toString());
        assertThat(lead.get(created.header("Location")).json().get("name").asString()).isEqualTo("Onboarding");
    }

    @Test
    void theSurveyThresholdDefaultsToFive() {
        var created = api.as(world.lead().email()).post(PROGRAMS, program("Defaults", ""));

        assertThat(created.json().get("surveyThreshold").asInt()).isEqualTo(5);
    }

    @Test
    void aSurveyThresholdOfThreeIsAccepted() {
        var created = api.as(world.lead().email()).post(PROGRAMS, program("Small", ",'surveyThreshold':3".replace('\'', '"')));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("surveyThreshold").asInt()).isEqualTo(3);
    }

    @Test
    void aSurveyThresholdBelowThreeIsRefusedNamingTheFieldAndNothingIsCreated() {
        var lead = api.as(world.lead().email());

        var refused = lead.post(PROGRAMS, program("Tiny", ",'surveyThreshold':2".replace('\'', '"')));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errorFields(refused)).containsExactly("surveyThreshold");
        assertThat(lead.get(PROGRAMS).body()).doesNotContain("Tiny");
    }

    @Test
    void anUnknownPlaybookIsRefusedNamingTheField() {
        var refused = api.as(world.lead().email()).post(PROGRAMS,
                json("{'name':'X','playbookId':'%s','defaultCadence':{'intervalDays':7,'durationMinutes':30}}", UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("playbookId");
    }

    @Test
    void aPlaybookOfAnotherOrganizationIsUnknown() {
        World elsewhere = World.create(context);

        var refused = api.as(world.lead().email()).post(PROGRAMS,
                json("{'name':'X','playbookId':'%s','defaultCadence':{'intervalDays':7,'durationMinutes':30}}", elsewhere.program().playbookId()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("playbookId");
    }

    @Test
    void everyMissingOrBadFieldIsNamed() {
        var refused = api.as(world.lead().email()).post(PROGRAMS, json("{'name':' ','defaultCadence':{'intervalDays':0}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("name", "playbookId", "defaultCadence.intervalDays",
                "defaultCadence.durationMinutes");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        var refused = api.as(world.lead().email()).post(PROGRAMS, program("Typed", ",'surveyThreshold':'many'".replace('\'', '"')));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("surveyThreshold");
    }

    @Test
    void onlyProgramLeadsOrAdminsMayLeadAProgram() {
        var refused = api.as(world.admin().email()).post(PROGRAMS,
                program("Led by a mentor", json(",'leadIds':['%s']", world.mentor().id())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("leadIds");
    }

    @Test
    void aMentorCannotCreateAProgram() {
        var refused = api.as(world.mentor().email()).post(PROGRAMS, program("Mine", ""));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.as(world.admin().email()).get(PROGRAMS).body()).doesNotContain("Mine");
    }

    @Test
    void aMenteeCannotCreateAProgram() {
        assertThat(api.as(world.mentee().email()).post(PROGRAMS, program("Mine", "")).status()).isEqualTo(403);
    }

    @Test
    void aLeadSeesOnlyTheProgramsTheyLead() {
        String idleLeads = api.as(world.admin().email())
                .post(PROGRAMS, program("Idle lead program", json(",'leadIds':['%s']", world.idleLead().id()))).json().get("id").asString();

        assertThat(ids(api.as(world.lead().email()).get(PROGRAMS))).containsExactly(world.program().id().toString());
        assertThat(ids(api.as(world.idleLead().email()).get(PROGRAMS))).containsExactly(idleLeads);
    }

    @Test
    void aLeadOfNoProgramSeesNone() {
        assertThat(ids(api.as(world.idleLead().email()).get(PROGRAMS))).isEmpty();
    }

    @Test
    void aLeadWhoDoesNotLeadTheProgramIsToldItDoesNotExist() {
        var response = api.as(world.idleLead().email()).get(PROGRAMS + "/" + world.program().id());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(world.program().name());
    }

    @Test
    void theLeadOfTheProgramReadsIt() {
        var response = api.as(world.lead().email()).get(PROGRAMS + "/" + world.program().id());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(response.json().get("name").asString()).isEqualTo(world.program().name());
    }

    @Test
    void mentorsAndMenteesDoNotSeePrograms() {
        assertThat(api.as(world.mentor().email()).get(PROGRAMS + "/" + world.program().id()).status()).isEqualTo(404);
        assertThat(api.as(world.mentee().email()).get(PROGRAMS + "/" + world.program().id()).status()).isEqualTo(404);
        assertThat(ids(api.as(world.mentor().email()).get(PROGRAMS))).isEmpty();
    }

    @Test
    void anAdminSeesEveryProgramOfTheOrganization() {
        var admin = api.as(world.admin().email());
        String unled = admin.post(PROGRAMS, program("Without lead", "")).json().get("id").asString();

        assertThat(ids(admin.get(PROGRAMS))).containsExactlyInAnyOrder(world.program().id().toString(), unled);
        assertThat(admin.get(PROGRAMS + "/" + world.program().id()).status()).isEqualTo(200);
        assertThat(ids(api.as(world.lead().email()).get(PROGRAMS))).doesNotContain(unled);
    }

    @Test
    void aProgramOfAnotherOrganizationDoesNotExistEvenForAnAdmin() {
        World elsewhere = World.create(context);
        var admin = api.as(world.admin().email());

        assertThat(admin.get(PROGRAMS + "/" + elsewhere.program().id()).status()).isEqualTo(404);
        assertThat(ids(admin.get(PROGRAMS))).doesNotContain(elsewhere.program().id().toString());
    }

    @Test
    void anIdThatIsNotAUuidIsRefusedWithoutAServerError() {
        var response = api.as(world.admin().email()).get(PROGRAMS + "/not-a-uuid");

        assertThat(response.status()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactly("id");
    }

    @Test
    void theProgramListIsPaginated() {
        var admin = api.as(world.admin().email());
        admin.post(PROGRAMS, program("Second", ""));

        var first = admin.get(PROGRAMS + "?limit=1");

        assertThat(first.json().get("items").size()).isEqualTo(1);
        assertThat(first.json().has("nextCursor")).isTrue();
        assertThat(admin.get(PROGRAMS + "?limit=500").status()).isEqualTo(400);
    }

    @Test
    void aMissingLeadIdIsRefusedNamingTheField() {
        var refused = api.as(world.lead().email()).post(PROGRAMS, program("Nulls", ",'leadIds':[null]".replace('\'', '"')));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("leadIds");
    }
}
