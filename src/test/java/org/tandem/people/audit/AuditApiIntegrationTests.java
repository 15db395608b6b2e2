package org.tandem.people.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/** The audit log is the admins': filtered, newest first, page by page, and never holding a secret or anyone's words. */
@IntegrationTest
@PostgresRelevant
class AuditApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api api;
    Api admin;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
        admin = api.as(world.admin().email());
    }

    private void deactivate(org.tandem.people.Person person) {
        assertThat(admin.post("/api/v1/people/" + person.id() + "/deactivation", "").status()).isEqualTo(200);
    }

    @Test
    void onlyAdminsReadTheAuditLog() {
        assertThat(api.as(world.lead().email()).get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(api.as(world.mentor().email()).get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/audit").status()).isEqualTo(200);
    }

    @Test
    void deactivationAndErasureAreRecordedWithoutWhatWasErased() {
        deactivate(world.otherMentor());
        assertThat(admin.post("/api/v1/people/" + world.otherMentee().id() + "/erasure", "").status()).isEqualTo(204);

        var deactivated = admin.get("/api/v1/audit?action=PERSON_DEACTIVATED").json().get("items");
        var erased = admin.get("/api/v1/audit?action=PERSON_ERASED");

        assertThat(deactivated.size()).isEqualTo(1);
        assertThat(deactivated.get(0).get("targetId").asString()).isEqualTo(world.otherMentor().id().toString());
        assertThat(deactivated.get(0).get("targetType").asString()).isEqualTo("PERSON");
        assertThat(deactivated.get(0).get("ip").asString()).isNotBlank();
        assertThat(erased.json().get("items").get(0).get("targetId").asString()).isEqualTo(world.otherMentee().id().toString());
        assertThat(erased.body()).doesNotContain(world.otherMentee().email(), world.otherMentee().displayName());
    }

    @Test
    void anotherOrganizationsEntriesAreNeverShown() {
        World other = World.create(context);
        api.as(other.admin().email()).post("/api/v1/people/" + other.mentor().id() + "/deactivation", "");

        var mine = admin.get("/api/v1/audit?action=PERSON_DEACTIVATED").json().get("items");

        assertThat(mine.size()).isZero();
    }

    @Test
    void entriesComeNewestFirstPageByPage() {
        deactivate(world.mentor());
        deactivate(world.otherMentor());
        deactivate(world.idleLead());

        var first = admin.get("/api/v1/audit?action=PERSON_DEACTIVATED&limit=2").json();
        var second = admin.get("/api/v1/audit?action=PERSON_DEACTIVATED&limit=2&cursor=" + first.get("nextCursor").asString()).json();

        assertThat(first.get("items").get(0).get("targetId").asString()).isEqualTo(world.idleLead().id().toString());
        assertThat(first.get("items").get(1).get("targetId").asString()).isEqualTo(world.otherMentor().id().toString());
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("items").get(0).get("targetId").asString()).isEqualTo(world.mentor().id().toString());
        assertThat(second.has("nextCursor")).isFalse();
    }

    @Test
    void theLogFiltersByActorTargetAndTime() {
        deactivate(world.mentor());
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS);

        assertThat(admin.get("/api/v1/audit?actorId=" + world.admin().id() + "&targetId=" + world.mentor().id()).json().get("items").size()).isEqualTo(1);
        assertThat(admin.get("/api/v1/audit?actorId=" + world.lead().id() + "&action=PERSON_DEACTIVATED").json().get("items").size()).isZero();
        assertThat(admin.get("/api/v1/audit?action=PERSON_DEACTIVATED&from=" + later).json().get("items").size()).isZero();
        assertThat(admin.get("/api/v1/audit?action=PERSON_DEACTIVATED&to=" + later).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void badFiltersAreNamedAndNeverA500() {
        var action = admin.get("/api/v1/audit?action=HACKED");
        var from = admin.get("/api/v1/audit?from=yesterday");
        var actor = admin.get("/api/v1/audit?actorId=not-a-uuid");
        var cursor = admin.get("/api/v1/audit?cursor=bm90LWEtdXVpZA");

        assertThat(action.status()).isEqualTo(400);
        assertThat(action.json().get("errors").get(0).get("field").asString()).isEqualTo("action");
        assertThat(from.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(actor.status()).isEqualTo(400);
        assertThat(cursor.status()).isEqualTo(400);
    }

    @Test
    void noSecretAndNoTextAPersonWroteEntersTheLog() {
        String token = api.as(world.mentor().email()).post("/api/v1/me/tokens", "{\"name\":\"cli\"}").json().get("token").asString();
        String webhookSecret = "whsec-0123456789abcdef-topsecret";
        var hook = admin.post("/api/v1/webhooks", "{\"url\":\"https://192.0.2.10/hook?key=receiver-credential\",\"events\":[\"checkin.completed\"],\"secret\":\""
                + webhookSecret + "\"}");
        assertThat(hook.status()).as(hook.body()).isEqualTo(201);
        admin.delete("/api/v1/webhooks/" + hook.json().get("id").asString());
        String wrongPassword = "my-old-password-typo";
        api.as(world.mentee().email(), wrongPassword).get("/api/v1/me");
        String noteText = "Private worry about the reorg";
        var checkIn = api.as(world.mentor().email()).post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                "{\"scheduledAt\":\"" + Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}");
        api.as(world.mentor().email()).post("/api/v1/check-ins/" + checkIn.json().get("id").asString() + "/notes",
                "{\"text\":\"" + noteText + "\",\"visibility\":\"PRIVATE\"}");

        var log = admin.get("/api/v1/audit?limit=200");

        Set<String> actions = new HashSet<>();
        log.json().get("items").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("TOKEN_CREATED", "WEBHOOK_CHANGED", "SIGN_IN_FAILED");
        assertThat(log.body()).doesNotContain(token, webhookSecret, "receiver-credential", wrongPassword, noteText, World.PASSWORD);
        assertThat(log.body()).contains("192.0.2.10");
    }

    @Test
    void theAuditPageShowsNamesAndIsForAdminsOnly() {
        deactivate(world.mentor());
        PageClient adminBrowser = PageClient.at(port);
        adminBrowser.signIn(world.admin().email());
        PageClient leadBrowser = PageClient.at(port);
        leadBrowser.signIn(world.lead().email());

        var page = adminBrowser.get(AuditController.AUDIT + "?action=PERSON_DEACTIVATED");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Audit log", world.mentor().displayName(), world.admin().displayName(), "href=\"/admin/audit\"");
        assertThat(leadBrowser.get(AuditController.AUDIT).status()).isEqualTo(403);
        assertThat(leadBrowser.get("/").body()).doesNotContain("href=\"/admin/audit\"");
    }

    @Test
    void theAuditAndTokenAdministrationEndpointsAreInTheOpenApiDocumentWithTheirSchemas() {
        var document = api.get("/v3/api-docs").json();

        var paths = document.get("paths");
        assertThat(paths.has("/api/v1/audit")).isTrue();
        assertThat(paths.has("/api/v1/people/{id}/tokens")).isTrue();
        assertThat(paths.get("/api/v1/people/{id}/tokens/{tokenId}").has("delete")).isTrue();
        var entry = document.get("components").get("schemas").get("AuditEntry").get("properties");
        assertThat(entry.has("actorId") && entry.has("targetType") && entry.has("ip") && entry.has("details")).isTrue();
    }
}
