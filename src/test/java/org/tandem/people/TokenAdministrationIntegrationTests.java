package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;

/** Tokens live 90 days unless asked otherwise, a year at most; admins see and revoke anyone's, and a revoked token is refused at once. */
@IntegrationTest
class TokenAdministrationIntegrationTests {

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

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    private Api.Response createToken(String body) {
        return api.as(world.mentor().email()).post("/api/v1/me/tokens", body);
    }

    private String tokensOf(Person person) {
        return "/api/v1/people/" + person.id() + "/tokens";
    }

    @Test
    void aTokenWithoutAnExpiryLivesNinetyDays() {
        var created = createToken("{\"name\":\"CLI\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(LocalDate.parse(created.json().get("expiresOn").asString())).isBetween(today().plusDays(89), today().plusDays(90));
    }

    @Test
    void aTokenCanLiveAYearButNotADayLonger() {
        var year = createToken("{\"name\":\"yearly\",\"expiresOn\":\"" + today().plusYears(1) + "\"}");
        var tooLong = createToken("{\"name\":\"forever\",\"expiresOn\":\"" + today().plusYears(1).plusDays(2) + "\"}");

        assertThat(year.status()).isEqualTo(201);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresOn");
        assertThat(api.as(world.mentor().email()).get("/api/v1/me/tokens").body()).doesNotContain("forever");
    }

    @Test
    void anAdminSeesSomeonesTokensWithoutTheSecrets() {
        String secret = createToken("{\"name\":\"laptop\"}").json().get("token").asString();

        var listed = api.as(world.admin().email()).get(tokensOf(world.mentor()));

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(1);
        assertThat(listed.json().get(0).get("name").asString()).isEqualTo("laptop");
        assertThat(listed.body()).doesNotContain(secret).doesNotContain(secret.substring(4, 20));
    }

    @Test
    void aTokenRevokedByAnAdminIsRefusedOnTheNextRequest() {
        var created = createToken("{\"name\":\"stolen\"}");
        var thief = api.bearer(created.json().get("token").asString());
        assertThat(thief.get("/api/v1/me").status()).isEqualTo(200);

        var revoked = api.as(world.admin().email()).delete(tokensOf(world.mentor()) + "/" + created.json().get("id").asString());

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(thief.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.as(world.admin().email()).get(tokensOf(world.mentor())).json().size()).isZero();
    }

    @Test
    void aLeadCanNeitherListNorRevokeSomeoneElsesTokens() {
        var created = createToken("{\"name\":\"mine\"}");
        var lead = api.as(world.lead().email());

        assertThat(lead.get(tokensOf(world.mentor())).status()).isEqualTo(403);
        assertThat(lead.delete(tokensOf(world.mentor()) + "/" + created.json().get("id").asString()).status()).isEqualTo(403);
        assertThat(api.bearer(created.json().get("token").asString()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anotherOrganizationsAdminCannotSeeOrRevokeTheTokens() {
        World other = World.create(context);
        var created = createToken("{\"name\":\"mine\"}");
        var stranger = api.as(other.admin().email());

        assertThat(stranger.get(tokensOf(world.mentor())).status()).isEqualTo(404);
        assertThat(stranger.delete(tokensOf(world.mentor()) + "/" + created.json().get("id").asString()).status()).isEqualTo(404);
        assertThat(api.as(world.admin().email()).delete(tokensOf(world.mentor()) + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void creatingAndRevokingATokenIsAuditedByNameNeverBySecret() {
        var created = createToken("{\"name\":\"deploy bot\"}");
        String id = created.json().get("id").asString();
        api.as(world.admin().email()).delete(tokensOf(world.mentor()) + "/" + id);

        var audit = api.as(world.admin().email()).get("/api/v1/audit?targetId=" + id);

        var items = audit.json().get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("action").asString()).isEqualTo("TOKEN_REVOKED");
        assertThat(items.get(0).get("actorId").asString()).isEqualTo(world.admin().id().toString());
        assertThat(items.get(1).get("action").asString()).isEqualTo("TOKEN_CREATED");
        assertThat(items.get(1).get("details").get("name").asString()).isEqualTo("deploy bot");
        assertThat(audit.body()).doesNotContain(created.json().get("token").asString());
    }
}
