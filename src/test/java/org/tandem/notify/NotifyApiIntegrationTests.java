package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.notify.QueuedMessage.Status;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/** The embedded default: no SMTP host, private webhook targets refused, no scheduler needed to see the outbox. */
@IntegrationTest
@PostgresRelevant
class NotifyApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    World world;
    Api api;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
    }

    @Test
    void preferencesStartAllOnAndChangeOnlyTheKindsNamed() {
        var mentor = api.as(world.mentor().email());
        assertThat(mentor.get("/api/v1/me/notifications").json().get("email")).allSatisfy(s -> assertThat(s.get("enabled").asBoolean()).isTrue());

        var changed = mentor.put("/api/v1/me/notifications", "{\"email\":[{\"kind\":\"WEEKLY_DIGEST\",\"enabled\":false}]}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("email")).allSatisfy(s ->
                assertThat(s.get("enabled").asBoolean()).isEqualTo(!s.get("kind").asString().equals("WEEKLY_DIGEST")));
        assertThat(api.as(world.mentee().email()).get("/api/v1/me/notifications").json().get("email"))
                .allSatisfy(s -> assertThat(s.get("enabled").asBoolean()).isTrue());
    }

    @Test
    void anUnknownKindIsRefusedNamingTheField() {
        var response = api.as(world.mentor().email()).put("/api/v1/me/notifications", "{\"email\":[{\"kind\":\"SPAM\",\"enabled\":true}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("email[0].kind");
    }

    @Test
    void withoutAnSmtpHostEmailIsHeldAndAdminsSeeItsEnvelopeButNotWhatItSays() {
        var outcome = transaction.execute(s -> notifications.enqueueMail(world.organization().id(), world.mentee().id(),
                NotificationKind.RATING_REQUEST, "How was your check-in?", MailContent.titled("Rate it").paragraph("Three quick questions.").build(),
                "rating:held"));

        assertThat(outcome).isEqualTo(Notifications.Outcome.HELD);
        assertThat(outbox.findByKey(world.organization().id().value(), "rating:held").orElseThrow().status()).isEqualTo(Status.HELD);
        var page = api.as(world.admin().email()).with("Accept", "text/html").get("/admin/outbox?status=HELD");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("How was your check-in?").contains(world.mentee().email()).contains("No SMTP server is configured")
                .doesNotContain("Three quick questions.");
    }

    @Test
    void aHeldGuestInvitationKeepsItsLinkForSendingButTheAdminOutboxNeverShowsIt() {
        String peer = "peer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var created = api.as(world.mentee().email()).post("/api/v1/mentorships/" + world.mentorship().id() + "/peer-feedback-requests",
                Api.json("{'email':'%s','about':'the incident review','dueOn':'%s'}", peer, java.time.LocalDate.now().plusDays(7)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String link = created.json().get("link").asString();
        String token = link.substring(link.lastIndexOf('/') + 1);

        var held = outbox.list(world.organization().id().value(), Status.HELD, 10).stream().filter(m -> peer.equals(m.recipient())).toList();
        assertThat(held).singleElement().satisfies(m -> assertThat(m.bodyText()).as("needed to send it").contains(token));
        for (Status status : Status.values()) {
            var page = api.as(world.admin().email()).with("Accept", "text/html").get("/admin/outbox?status=" + status);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).doesNotContain(token);
        }
        assertThat(api.as(world.admin().email()).with("Accept", "text/html").get("/admin/outbox?status=HELD").body()).contains(peer);
    }

    @Test
    void onlyAdminsSeeTheOutbox() {
        assertThat(api.as(world.mentor().email()).with("Accept", "text/html").get("/admin/outbox").status()).isEqualTo(403);
    }

    @Test
    void theNotificationsPageShowsTheChoicesAndTheCalendarAddress() {
        var page = api.as(world.mentee().email()).with("Accept", "text/html").get("/settings/notifications");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Weekly digest").contains("/calendar/");
    }

    @Test
    void onlyAdminsManageWebhooks() {
        var response = api.as(world.mentor().email()).post("/api/v1/webhooks",
                "{\"url\":\"https://192.0.2.10/hook\",\"events\":[\"checkin.completed\"],\"secret\":\"0123456789abcdef\"}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(api.as(world.lead().email()).get("/api/v1/webhooks").status()).isEqualTo(403);
    }

    @Test
    void aWebhookToALoopbackOrPrivateAddressIsRefused() {
        var admin = api.as(world.admin().email());
        for (String url : new String[] {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook", "http://[::1]/hook",
                "http://169.254.169.254/latest/meta-data"}) {
            var response = admin.post("/api/v1/webhooks", "{\"url\":\"" + url + "\",\"events\":[\"checkin.completed\"],\"secret\":\"0123456789abcdef\"}");
            assertThat(response.status()).as(url).isEqualTo(400);
            assertThat(response.body()).as(url).contains("\"field\":\"url\"");
        }
        assertThat(admin.get("/api/v1/webhooks").json().get("items")).isEmpty();
    }

    @Test
    void anAdminRegistersListsAndDeletesAWebhookWhoseSecretIsNeverShown() {
        var admin = api.as(world.admin().email());
        var created = admin.post("/api/v1/webhooks",
                "{\"url\":\"https://192.0.2.10/hook\",\"events\":[\"checkin.completed\",\"goal.revised\"],\"secret\":\"0123456789abcdef\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/webhooks/" + id);

        var listed = admin.get("/api/v1/webhooks");
        assertThat(listed.json().get("items")).hasSize(1);
        assertThat(listed.body()).doesNotContain("0123456789abcdef");
        assertThat(api.as(world.otherMentor().email()).delete("/api/v1/webhooks/" + id).status()).isEqualTo(403);

        assertThat(admin.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/webhooks/" + id).status()).isEqualTo(404);
        assertThat(admin.delete("/api/v1/webhooks/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void anUnknownEventOrAShortSecretIsRefused() {
        var response = api.as(world.admin().email()).post("/api/v1/webhooks",
                "{\"url\":\"https://192.0.2.10/hook\",\"events\":[\"goal.eaten\"],\"secret\":\"short\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"events\"").contains("\"field\":\"secret\"");
    }

    @Test
    void theOpenApiDocumentListsTheNotificationPaths() {
        var paths = api.get("/v3/api-docs").json().get("paths");

        for (String path : new String[] {"/api/v1/me/calendar", "/api/v1/me/calendar/rotate", "/api/v1/webhooks", "/api/v1/webhooks/{id}",
                "/api/v1/me/notifications"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }
}
