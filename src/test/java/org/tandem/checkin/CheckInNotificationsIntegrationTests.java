package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.notify.TestMailServer.part;
import static org.tandem.support.Api.json;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.checkin.cadence.CadenceIntegrationTests;
import org.tandem.notify.NotifyIntegrationTest;
import org.tandem.notify.TestMailServer;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What check-ins send, through the real path: the API changes a check-in, the outbox row is written in its
 * transaction, db-scheduler runs the reminder scan, the cadence task and the deliveries, GreenMail receives the mail
 * and a small HTTP server the webhooks.
 */
@NotifyIntegrationTest
class CheckInNotificationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api mentor;
    Api mentee;
    GreenMail mail;
    HttpServer receiver;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        mentor = as(world.mentor());
        mentee = as(world.mentee());
        mail = TestMailServer.server();
    }

    @AfterEach
    void tearDown() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aCheckInScheduled23HoursAheadSendsAReminderToBothPeopleWithinAMinute() throws Exception {
        long started = System.nanoTime();
        Instant at = Instant.now().plus(23, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

        String id = schedule(at);

        await(() -> received().stream().filter(m -> subject(m).startsWith("Check-in with")).count() >= 2, Duration.ofSeconds(60));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        Thread.sleep(2500); // more scans answer the same reminder; nothing more arrives
        List<MimeMessage> reminders = received().stream().filter(m -> subject(m).startsWith("Check-in with")).toList();
        assertThat(reminders).extracting(CheckInNotificationsIntegrationTests::to)
                .containsExactlyInAnyOrder(world.mentor().email(), world.mentee().email());
        MimeMessage toMentee = reminders.stream().filter(m -> to(m).equals(world.mentee().email())).findFirst().orElseThrow();
        assertThat(subject(toMentee)).startsWith("Check-in with " + world.mentor().displayName());
        assertThat(part(toMentee, "text/plain")).contains("log your latest progress").contains("/check-ins/" + id);
        MimeMessage toMentor = reminders.stream().filter(m -> to(m).equals(world.mentor().email())).findFirst().orElseThrow();
        assertThat(part(toMentor, "text/plain")).doesNotContain("log your latest progress");
    }

    @Test
    void aCompletedCheckInProducesOneCorrectlySignedWebhookDeliveryAndAsksTheMenteeForARating() throws Exception {
        List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(Map.of("body", new String(body, StandardCharsets.UTF_8),
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Tandem-Signature")),
                    "delivery", String.valueOf(exchange.getRequestHeaders().getFirst("X-Tandem-Delivery")),
                    "event", String.valueOf(exchange.getRequestHeaders().getFirst("X-Tandem-Event"))));
            // The receiver is briefly down for the first post: the retry must carry the same delivery id.
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        String secret = "our-receiver-knows-this-secret";
        var hook = as(world.admin()).post("/api/v1/webhooks", json("{'url':'http://127.0.0.1:%s/hook','events':['checkin.completed'],'secret':'%s'}",
                receiver.getAddress().getPort(), secret));
        assertThat(hook.status()).as(hook.toString()).isEqualTo(201);
        String id = schedule(Instant.now().plus(1, ChronoUnit.HOURS));
        assertThat(mentor.post("/api/v1/check-ins/" + id + "/start", "").status()).isEqualTo(200);
        assertThat(mentee.post("/api/v1/check-ins/" + id + "/wins", "{\"text\":\"Shipped the support runbook\"}").status()).isLessThan(300);

        var completed = mentor.post("/api/v1/check-ins/" + id + "/complete", "");

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        await(() -> requests.size() >= 2, Duration.ofSeconds(30));
        Thread.sleep(2000);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).get("delivery")).isEqualTo(requests.get(0).get("delivery")).isNotBlank();
        for (var request : requests) {
            assertThat(request.get("event")).isEqualTo("checkin.completed");
            assertThat(signatureMatches(secret, request.get("body"), request.get("signature"))).as("HMAC of the body").isTrue();
            assertThat(signatureMatches("some-other-secret-entirely", request.get("body"), request.get("signature"))).isFalse();
        }
        JsonNode body = JsonMapper.builder().build().readTree(requests.get(1).get("body"));
        assertThat(body.get("event").asString()).isEqualTo("checkin.completed");
        assertThat(body.get("data").get("checkInId").asString()).isEqualTo(id);
        assertThat(body.get("data").get("mentorshipId").asString()).isEqualTo(world.mentorship().id().toString());
        assertThat(body.get("data").get("status").asString()).isEqualTo("COMPLETED");

        await(() -> received().stream().anyMatch(m -> subject(m).startsWith("Rate your check-in")), Duration.ofSeconds(30));
        List<MimeMessage> ratingRequests = received().stream().filter(m -> subject(m).startsWith("Rate your check-in")).toList();
        assertThat(ratingRequests).singleElement().satisfies(m -> {
            assertThat(to(m)).isEqualTo(world.mentee().email());
            assertThat(subject(m)).isEqualTo("Rate your check-in with " + world.mentor().displayName());
            assertThat(part(m, "text/plain")).contains("Shipped the support runbook")
                    .contains("http://localhost:" + port + "/check-ins/" + id);
            assertThat(part(m, "text/plain")).as("held on the mentee's clock, in words")
                    .containsPattern("Held \\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} \\(Europe/Berlin\\)")
                    .doesNotContainPattern("Held \\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void theCadenceTaskPlansTheNextCheckInWithinAMinuteAfterThePairCancelsTheirOnlyOne() throws Exception {
        String planned = onlyScheduled();
        Instant plannedAt = Instant.parse(mentor.get("/api/v1/check-ins/" + planned).json().get("scheduledAt").asString());

        var cancelled = mentee.post("/api/v1/check-ins/" + planned + "/cancel", "{\"reason\":\"Both of us are at the offsite\"}");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        await(() -> scheduledIds().size() == 1, Duration.ofSeconds(60));
        String next = onlyScheduled();
        assertThat(next).isNotEqualTo(planned);
        Instant nextAt = Instant.parse(mentor.get("/api/v1/check-ins/" + next).json().get("scheduledAt").asString());
        assertThat(nextAt.atZone(CadenceIntegrationTests.BERLIN).toLocalDateTime())
                .isEqualTo(plannedAt.atZone(CadenceIntegrationTests.BERLIN).toLocalDateTime().plusDays(14));
        Thread.sleep(2000);
        assertThat(scheduledIds()).containsExactly(next);
    }

    // ---------------------------------------------------------------- helpers

    /** Recomputes the signature the way a receiver would, with the JDK alone, and compares in constant time. */
    static boolean signatureMatches(String secret, String body, String header) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
    }

    private Api as(Person person) {
        return Api.at(port).withTokenOf(person.email());
    }

    private String schedule(Instant at) {
        var created = mentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins", json("{'scheduledAt':'%s'}", at));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<String> scheduledIds() {
        var list = mentor.get("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins");
        List<String> ids = new java.util.ArrayList<>();
        list.json().get("items").forEach(c -> {
            if (c.get("status").asString().equals("SCHEDULED")) {
                ids.add(c.get("id").asString());
            }
        });
        return ids;
    }

    private String onlyScheduled() {
        List<String> ids = scheduledIds();
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }

    /** Mail to this test's people only: GreenMail is shared by every test of the run. */
    private List<MimeMessage> received() {
        Set<String> ours = Set.of(world.admin().email(), world.mentor().email(), world.mentee().email());
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> ours.contains(to(m))).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
