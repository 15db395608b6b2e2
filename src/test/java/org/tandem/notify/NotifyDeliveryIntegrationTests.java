package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.notify.TestMailServer.part;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.notify.QueuedMessage.Status;
import org.tandem.support.Api;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Delivery for real: db-scheduler running, GreenMail as the SMTP server, a small HTTP server as a webhook receiver. */
@NotifyIntegrationTest
@PostgresRelevant
class NotifyDeliveryIntegrationTests {

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
    GreenMail mail;
    HttpServer receiver;

    @BeforeEach
    void setUp() throws Exception {
        world = World.create(context);
        mail = TestMailServer.server();
        mail.purgeEmailFromAllMailboxes();
        TestSources.REMINDERS.clear();
    }

    @AfterEach
    void tearDown() {
        TestSources.REMINDERS.clear();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aCheckInScheduled23HoursAheadSendsAReminderToBothPeopleWithinAMinute() throws Exception {
        var checkIn = new Reminder.CheckInComing(world.organization().id(), UUID.randomUUID(), world.mentor().id(), world.mentee().id(),
                Instant.now().plus(23, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES), 45, "/check-ins/x");
        long started = System.nanoTime();

        TestSources.REMINDERS.add(checkIn);

        List<MimeMessage> received = awaitMessagesTo(List.of(world.mentor().email(), world.mentee().email()), Duration.ofSeconds(60));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(seconds).isLessThan(60);
        MimeMessage toMentee = only(received, world.mentee().email());
        MimeMessage toMentor = only(received, world.mentor().email());
        assertThat(toMentee.getSubject()).startsWith("Check-in with " + world.mentor().displayName());
        assertThat(toMentor.getSubject()).startsWith("Check-in with " + world.mentee().displayName());
        String text = part(toMentee, "text/plain");
        String html = part(toMentee, "text/html");
        assertThat(text).contains("log your latest progress").contains("(Europe/Berlin)")
                // written by the reminder scan, outside any request: the link starts with the address this server listens on
                .contains("http://localhost:" + port + "/check-ins/x");
        assertThat(html).contains("<a href=\"http://localhost:" + port + "/check-ins/x\">");
        assertThat(toMentee.getHeader("Message-ID")[0]).endsWith("@tandem>");

        Thread.sleep(3000); // three more scans answer the same reminder
        assertThat(received()).hasSize(2);
    }

    @Test
    void aMenteeWhoSwitchedCheckInRemindersOffIsNotReminded() throws Exception {
        var mentee = Api.at(port).as(world.mentee().email());
        var changed = mentee.put("/api/v1/me/notifications", "{\"email\":[{\"kind\":\"CHECKIN_REMINDER\",\"enabled\":false}]}");
        assertThat(changed.status()).isEqualTo(200);

        TestSources.REMINDERS.add(new Reminder.CheckInComing(world.organization().id(), UUID.randomUUID(), world.mentor().id(),
                world.mentee().id(), Instant.now().plus(20, ChronoUnit.HOURS), 30, null));

        awaitMessagesTo(List.of(world.mentor().email()), Duration.ofSeconds(30));
        Thread.sleep(2000);
        assertThat(received().stream().map(NotifyDeliveryIntegrationTests::to)).containsExactly(world.mentor().email());
    }

    @Test
    void aCompletedCheckInProducesOneSignedWebhookDeliveryWhoseIdSurvivesARetry() throws Exception {
        List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(Map.of("body", new String(body, StandardCharsets.UTF_8),
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Tandem-Signature")),
                    "delivery", String.valueOf(exchange.getRequestHeaders().getFirst("X-Tandem-Delivery"))));
            // The first attempt fails, as a receiver that is briefly down would.
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        String secret = "a-secret-of-enough-length";
        var admin = Api.at(port).as(world.admin().email());
        var created = admin.post("/api/v1/webhooks", Api.json("{'url':'%s','events':['checkin.completed'],'secret':'%s'}", url, secret));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(secret);
        UUID checkIn = UUID.randomUUID();

        int written = transaction.execute(s -> notifications.enqueueWebhookEvent(world.organization().id(), WebhookEvents.CHECKIN_COMPLETED,
                Map.of("checkInId", checkIn.toString(), "mentorshipId", world.mentorship().id().toString()), "checkin-completed:" + checkIn));
        int again = transaction.execute(s -> notifications.enqueueWebhookEvent(world.organization().id(), WebhookEvents.CHECKIN_COMPLETED,
                Map.of("checkInId", checkIn.toString()), "checkin-completed:" + checkIn));

        assertThat(written).isEqualTo(1);
        assertThat(again).isZero();
        await(() -> requests.size() >= 2, Duration.ofSeconds(30));
        Thread.sleep(1500);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).get("delivery")).isEqualTo(requests.get(1).get("delivery"));
        assertThat(requests.get(0).get("body")).isEqualTo(requests.get(1).get("body"));
        for (var request : requests) {
            byte[] body = request.get("body").getBytes(StandardCharsets.UTF_8);
            assertThat(request.get("signature")).isEqualTo(WebhookSignature.sign(secret, body)).startsWith("sha256=");
        }
        JsonNode json = JsonMapper.builder().build().readTree(requests.get(1).get("body"));
        assertThat(json.get("event").asString()).isEqualTo("checkin.completed");
        assertThat(json.get("id").asString()).isNotBlank();
        assertThat(Instant.parse(json.get("occurredAt").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(json.get("data").get("checkInId").asString()).isEqualTo(checkIn.toString());
        var message = outbox.find(UUID.fromString(requests.get(0).get("delivery"))).orElseThrow();
        assertThat(message.status()).isEqualTo(Status.SENT);
        assertThat(message.attempts()).isEqualTo(2);
    }

    @Test
    void aPeerFeedbackRequestSendsItsInvitationWithTheGuestLink() throws Exception {
        String peer = "peer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var created = Api.at(port).as(world.mentee().email()).post("/api/v1/mentorships/" + world.mentorship().id() + "/peer-feedback-requests",
                Api.json("{'email':'%s','about':'how I ran the incident review','dueOn':'%s'}", peer, java.time.LocalDate.now().plusDays(7)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        await(() -> Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> to(m).equals(peer)), Duration.ofSeconds(30));
        var invitation = Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equals(peer)).toList();
        assertThat(invitation).hasSize(1);
        assertThat(invitation.getFirst().getSubject()).isEqualTo("Your feedback, please: how I ran the incident review");
        assertThat(part(invitation.getFirst(), "text/plain")).contains(world.mentee().displayName()).contains("/guest/");
    }

    @Test
    void aSentGuestInvitationKeepsOnlyItsEnvelopeAndTheAdminOutboxNeverShowsTheLink() throws Exception {
        String peer = "peer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var created = Api.at(port).as(world.mentee().email()).post("/api/v1/mentorships/" + world.mentorship().id() + "/peer-feedback-requests",
                Api.json("{'email':'%s','about':'the release retro','dueOn':'%s'}", peer, java.time.LocalDate.now().plusDays(7)));
        String link = created.json().get("link").asString();
        String token = link.substring(link.lastIndexOf('/') + 1);

        await(() -> outbox.list(world.organization().id().value(), Status.SENT, 50).stream().anyMatch(m -> peer.equals(m.recipient())),
                Duration.ofSeconds(30));

        var sent = outbox.list(world.organization().id().value(), Status.SENT, 50).stream().filter(m -> peer.equals(m.recipient())).toList();
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.bodyText()).isEmpty();
            assertThat(m.bodyHtml()).isNull();
            assertThat(m.subject()).isEqualTo("Your feedback, please: the release retro");
            assertThat(m.attempts()).isEqualTo(1);
        });
        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equals(peer)).toList())
                .singleElement().satisfies(m -> assertThat(part(m, "text/plain")).as("the guest got it").contains(token));
        var admin = Api.at(port).as(world.admin().email()).with("Accept", "text/html");
        for (Status status : Status.values()) {
            assertThat(admin.get("/admin/outbox?status=" + status).body()).doesNotContain(token);
        }
        assertThat(admin.get("/admin/outbox?status=SENT").body()).contains(peer);
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> notifications.enqueueWebhookEvent(world.organization().id(), WebhookEvents.CHECKIN_COMPLETED, Map.of(), "k"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEmailWrittenInARolledBackTransactionIsNeverSent() throws Exception {
        transaction.executeWithoutResult(s -> {
            notifications.enqueueMail(world.organization().id(), world.mentee().id(), NotificationKind.RATING_REQUEST, "Rate it",
                    MailContent.titled("Rate it").paragraph("How was it?").build(), "rating:rolled-back");
            s.setRollbackOnly();
        });
        var kept = transaction.execute(s -> notifications.enqueueMail(world.organization().id(), world.mentee().id(),
                NotificationKind.RATING_REQUEST, "Rate your check-in", MailContent.titled("Rate it").paragraph("How was it?").build(), "rating:kept"));

        assertThat(kept).isEqualTo(Notifications.Outcome.QUEUED);
        awaitMessagesTo(List.of(world.mentee().email()), Duration.ofSeconds(30));
        assertThat(received()).extracting(Message::getSubject).containsExactly("Rate your check-in");
        assertThat(outbox.findByKey(world.organization().id().value(), "rating:rolled-back")).isEmpty();
    }

    @Test
    void anEmailInterruptedBetweenSendingAndRecordingIsNotSentAgainButWaitsForAnAdmin() throws Exception {
        UUID id = crashedMidSend(QueuedMessage.Channel.MAIL, "Your digest", world.mentee().email(), null);

        await(() -> outbox.find(id).orElseThrow().status() == Status.UNKNOWN, Duration.ofSeconds(20));
        Thread.sleep(1500);
        assertThat(received()).isEmpty();
        assertThat(outbox.find(id).orElseThrow().lastError()).contains("may or may not have arrived");

        var admin = Api.at(port).as(world.admin().email()).with("Accept", "text/html");
        assertThat(admin.get("/admin/outbox?status=UNKNOWN").body()).contains("Your digest").contains("Send again");
        context.getBean(OutboxAdmin.class).retry(World.actor(world.admin()), id);

        awaitMessagesTo(List.of(world.mentee().email()), Duration.ofSeconds(30));
        assertThat(received()).hasSize(1);
    }

    @Test
    void aWebhookInterruptedMidPostIsPostedAgainWithTheSameDeliveryId() throws Exception {
        List<String> deliveries = new CopyOnWriteArrayList<>();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            deliveries.add(exchange.getRequestHeaders().getFirst("X-Tandem-Delivery"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        var created = Api.at(port).as(world.admin().email()).post("/api/v1/webhooks",
                Api.json("{'url':'%s','events':['goal.revised'],'secret':'another-long-secret'}", url));
        UUID webhook = UUID.fromString(created.json().get("id").asString());

        UUID id = crashedMidSend(QueuedMessage.Channel.WEBHOOK, null, url, webhook);

        await(() -> deliveries.size() == 1, Duration.ofSeconds(30));
        assertThat(deliveries).containsExactly(id.toString());
        await(() -> outbox.find(id).orElseThrow().status() == Status.SENT, Duration.ofSeconds(10));
    }

    /** A message an instance claimed and then died holding: its lease has run out and no outcome was recorded. */
    private UUID crashedMidSend(QueuedMessage.Channel channel, String subject, String recipient, UUID webhook) {
        UUID id = org.tandem.shared.Ids.next();
        Instant longAgo = Instant.now().minusSeconds(60);
        outbox.insert(QueuedMessage.draft(id, world.organization().id().value(), "crash:" + id, channel,
                channel == QueuedMessage.Channel.MAIL ? "WEEKLY_DIGEST" : "goal.revised", null, webhook, recipient, subject,
                channel == QueuedMessage.Channel.MAIL ? "Your week ahead." : "{\"event\":\"goal.revised\"}", null, Status.PENDING, longAgo));
        assertThat(outbox.claim(id, "crashed-instance", longAgo)).isPresent();
        return id;
    }

    private List<MimeMessage> awaitMessagesTo(List<String> recipients, Duration timeout) throws Exception {
        await(() -> received().stream().map(NotifyDeliveryIntegrationTests::to).toList().containsAll(recipients), timeout);
        return received();
    }

    /**
     * Mail to this test's people only: on the shared PostgreSQL, this context's sweep also releases mail other
     * test contexts held (they run without an SMTP host), and it lands in the same GreenMail.
     */
    private List<MimeMessage> received() {
        var ours = java.util.Set.of(world.admin().email(), world.lead().email(), world.idleLead().email(), world.mentor().email(),
                world.mentee().email(), world.otherMentor().email(), world.otherMentee().email());
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> ours.contains(to(m))).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages, String recipient) {
        var matching = messages.stream().filter(m -> to(m).equals(recipient)).toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }

    static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
