package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

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

@IntegrationTest
@PostgresRelevant
class PeopleApiIntegrationTests {

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

    @Test
    void aRequestWithoutCredentialsIsRefusedWith401AndAProblem() {
        var response = api.get("/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedWith401() {
        assertThat(api.as(world.mentor().email(), "not the password").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void meAnswersWhoIsCalling() {
        var me = api.as(world.mentee().email()).get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(world.mentee().email());
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("MENTEE");
        assertThat(me.json().get("organizationId").asString()).isEqualTo(world.organization().id().toString());
        assertThat(me.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");
    }

    @Test
    void aPersonalAccessTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() {
        var mentor = api.as(world.mentor().email());
        var created = mentor.post("/api/v1/me/tokens", "{\"name\":\"CLI\"}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        String id = created.json().get("id").asString();

        assertThat(api.bearer(token).get("/api/v1/me").json().get("email").asString()).isEqualTo(world.mentor().email());
        assertThat(mentor.get("/api/v1/me/tokens").body()).contains("CLI").doesNotContain(token);

        assertThat(mentor.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(api.bearer(token).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        String id = api.as(world.mentor().email()).post("/api/v1/me/tokens", "{\"name\":\"CLI\"}").json().get("id").asString();

        assertThat(api.as(world.otherMentor().email()).delete("/api/v1/me/tokens/" + id).status()).isEqualTo(404);
    }

    @Test
    void aTokenThatExpiredInThePastCannotBeCreated() {
        var response = api.as(world.mentor().email()).post("/api/v1/me/tokens", "{\"name\":\"old\",\"expiresOn\":\"2020-01-01\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresOn");
    }

    @Test
    void anUnknownBearerTokenIsRefused() {
        assertThat(api.bearer("tdm_made-up").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aLeadCreatesAPersonAndBadInputNamesTheFieldsAndChangesNothing() {
        var lead = api.as(world.lead().email());

        var bad = lead.post("/api/v1/people", "{\"email\":\"not-an-email\",\"displayName\":\"\",\"roles\":[],\"timeZone\":\"Mars/Base\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").toString()).contains("email", "displayName", "roles", "timeZone");

        var created = lead.post("/api/v1/people", "{\"email\":\"New.Person@Test.example\",\"displayName\":\"New Person\",\"roles\":[\"MENTEE\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/people/");
        assertThat(created.json().get("email").asString()).isEqualTo("new.person@test.example");
        assertThat(lead.get(created.header("Location")).status()).isEqualTo(200);
    }

    @Test
    void aMentorCannotCreatePeople() {
        var response = api.as(world.mentor().email()).post("/api/v1/people", "{\"email\":\"x@test.example\",\"displayName\":\"X\",\"roles\":[\"MENTEE\"]}");

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aLeadCannotGrantTheAdminRole() {
        var response = api.as(world.lead().email()).post("/api/v1/people", "{\"email\":\"x@test.example\",\"displayName\":\"X\",\"roles\":[\"ADMIN\"]}");

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void peopleOfAnotherOrganizationDoNotExistForTheCaller() {
        World elsewhere = World.create(context);

        assertThat(api.as(world.admin().email()).get("/api/v1/people/" + elsewhere.mentee().id()).status()).isEqualTo(404);
        assertThat(api.as(world.admin().email()).get("/api/v1/people?query=" + "Mentee").body())
                .contains(world.mentee().id().toString())
                .doesNotContain(elsewhere.mentee().id().toString());
    }

    @Test
    void peopleListsArePaginatedWithACursor() {
        var admin = api.as(world.admin().email());
        var first = admin.get("/api/v1/people?limit=3");
        assertThat(first.json().get("items").size()).isEqualTo(3);
        String cursor = first.json().get("nextCursor").asString();

        var second = admin.get("/api/v1/people?limit=3&cursor=" + cursor);
        assertThat(second.json().get("items").size()).isEqualTo(3);
        assertThat(second.json().get("items").get(0).get("id").asString())
                .isNotEqualTo(first.json().get("items").get(0).get("id").asString());
        var third = admin.get("/api/v1/people?limit=3&cursor=" + second.json().get("nextCursor").asString());
        assertThat(third.json().get("items").size()).isEqualTo(1);
        assertThat(third.json().has("nextCursor")).isFalse();

        assertThat(admin.get("/api/v1/people?limit=500").status()).isEqualTo(400);
    }

    @Test
    void anImportWithOneBadRowChangesNothingAndListsEveryBadLine() {
        var lead = api.as(world.lead().email());
        String csv = """
                email,displayName,roles,team,title,seniority,timeZone
                fine@test.example,Fine Person,MENTEE,Search,Engineer,MID,Europe/Paris
                broken-email,Broken,MENTEE,,,,
                other@test.example,Other,WIZARD,,,,
                """;

        var refused = lead.post("/api/v1/people/import", "text/csv", csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("created").asInt()).isZero();
        assertThat(refused.json().get("errors").size()).isEqualTo(2);
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(refused.json().get("errors").get(1).get("line").asInt()).isEqualTo(4);
        assertThat(lead.get("/api/v1/people?query=fine@test.example").json().get("items").size()).isZero();
    }

    @Test
    void aGoodImportCreatesNewPeopleAndUpdatesExistingOnes() {
        var lead = api.as(world.lead().email());
        String csv = "email,displayName,roles,team,title,seniority,timeZone\n"
                + "fresh-" + world.organization().slug() + "@test.example,Fresh Face,\"MENTEE;MENTOR\",Search,Engineer,MID,Europe/Paris\n"
                + world.mentee().email() + ",Manu Renamed,MENTEE,New team,,SENIOR,Europe/Berlin\n";

        var result = lead.post("/api/v1/people/import", "text/csv", csv);

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        assertThat(result.json().get("updated").asInt()).isEqualTo(1);
        assertThat(lead.get("/api/v1/people/" + world.mentee().id()).json().get("displayName").asString()).isEqualTo("Manu Renamed");
    }

    @Test
    void anUpdateBasedOnAStaleVersionFailsThePrecondition() {
        var admin = api.as(world.admin().email());
        String path = "/api/v1/people/" + world.mentee().id();
        String etag = admin.get(path).header("ETag");
        String body = "{\"email\":\"%s\",\"displayName\":\"Renamed\",\"roles\":[\"MENTEE\"]}".formatted(world.mentee().email());

        var first = admin.with("If-Match", etag).put(path, body);
        var second = admin.with("If-Match", etag).put(path, body.replace("Renamed", "Renamed again"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);
        assertThat(second.status()).isEqualTo(412);
        assertThat(admin.get(path).json().get("displayName").asString()).isEqualTo("Renamed");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        var lead = api.as(world.lead().email()).with("Idempotency-Key", "create-once");
        String body = "{\"email\":\"once-%s@test.example\",\"displayName\":\"Once\",\"roles\":[\"MENTEE\"]}".formatted(world.organization().slug());

        var first = lead.post("/api/v1/people", body);
        var retry = lead.post("/api/v1/people", body);
        var misuse = lead.post("/api/v1/people", body.replace("Once", "Twice"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(misuse.status()).isEqualTo(422);
    }

    @Test
    void aRetriedTokenCreationNeverShowsTheSecretTwiceNorCreatesASecondToken() {
        var mentor = api.as(world.mentor().email()).with("Idempotency-Key", "token-once");
        String body = "{\"name\":\"laptop\"}";

        var first = mentor.post("/api/v1/me/tokens", body);
        var retry = mentor.post("/api/v1/me/tokens", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Cache-Control")).contains("no-store");
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body()).doesNotContain(first.json().get("token").asString());
        assertThat(api.as(world.mentor().email()).get("/api/v1/me/tokens").json().size()).isEqualTo(1);
    }

    @Test
    void aFailedCreateReleasesItsIdempotencyKeyForTheCorrectedRetry() {
        var lead = api.as(world.lead().email()).with("Idempotency-Key", "fix-and-retry");
        String valid = "{\"email\":\"retry-%s@test.example\",\"displayName\":\"Retry\",\"roles\":[\"MENTEE\"]}"
                .formatted(world.organization().slug());

        var refused = lead.post("/api/v1/people", valid.replace("@test.example", ""));
        var corrected = lead.post("/api/v1/people", valid);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
    }

    @Test
    void copiesOfOneCreateSentAtOnceCreateOnce() throws Exception {
        var lead = api.as(world.lead().email()).with("Idempotency-Key", "raced");
        String email = "raced-%s@test.example".formatted(world.organization().slug());
        String body = "{\"email\":\"%s\",\"displayName\":\"Raced\",\"roles\":[\"MENTEE\"]}".formatted(email);

        List<Integer> statuses;
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var answers = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> executor.submit(() -> lead.post("/api/v1/people", body).status()))
                    .toList();
            statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).contains(201).allMatch(status -> status == 201 || status == 409);
        var people = api.as(world.admin().email()).get("/api/v1/people?limit=200").json().get("items");
        assertThat(people.valueStream().filter(p -> p.get("email").asString().equals(email)).count()).isEqualTo(1);
    }

    @Test
    void aPersonExportsTheirOwnDataButNotSomeoneElses() {
        var export = api.as(world.mentee().email()).get("/api/v1/people/" + world.mentee().id() + "/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("person").get("email").asString()).isEqualTo(world.mentee().email());
        assertThat(export.json().get("mentorships").size()).isEqualTo(1);
        assertThat(api.as(world.mentor().email()).get("/api/v1/people/" + world.mentee().id() + "/export").status()).isEqualTo(404);
    }

    @Test
    void onlyAnAdminErasesAndAnErasedPersonCanNoLongerSignIn() {
        assertThat(api.as(world.lead().email()).post("/api/v1/people/" + world.otherMentee().id() + "/erasure", "").status()).isEqualTo(403);

        assertThat(api.as(world.admin().email()).post("/api/v1/people/" + world.otherMentee().id() + "/erasure", "").status()).isEqualTo(204);

        assertThat(api.as(world.otherMentee().email()).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.as(world.admin().email()).get("/api/v1/people/" + world.otherMentee().id()).json().get("displayName").asString())
                .isEqualTo("Former member");
    }

    @Test
    void aDeactivatedPersonCanNoLongerSignIn() {
        var response = api.as(world.admin().email()).post("/api/v1/people/" + world.otherMentee().id() + "/deactivation", "");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("active").asBoolean()).isFalse();
        assertThat(api.as(world.otherMentee().email()).get("/api/v1/me").status()).isEqualTo(401);
    }
}
