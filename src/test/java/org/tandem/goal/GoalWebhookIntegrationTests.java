package org.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.notify.NotifyIntegrationTest;
import org.tandem.support.Api;
import org.tandem.support.Bodies;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An agreed goal revision leaves Tandem as one signed {@code goal.revised} delivery; a proposal alone sends nothing. */
@NotifyIntegrationTest
class GoalWebhookIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    HttpServer receiver;

    @BeforeEach
    void setUp() {
        world = World.create(context);
    }

    @AfterEach
    void tearDown() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void anAgreedRevisionIsDeliveredOnceAsASignedGoalRevisedEvent() throws Exception {
        List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            requests.add(Map.of("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Tandem-Signature"))));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String secret = "goal-receiver-secret-value";
        var admin = Api.at(port).as(world.admin().email());
        assertThat(admin.post("/api/v1/webhooks", json("{'url':'http://127.0.0.1:%s/hook','events':['goal.revised'],'secret':'%s'}",
                receiver.getAddress().getPort(), secret)).status()).isEqualTo(201);
        var mentor = Api.at(port).as(world.mentor().email());
        var mentee = Api.at(port).as(world.mentee().email());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String goal = mentee.post(GoalApiIntegrationTests.goalsOf(world), Bodies.goal("Support satisfaction", today.plusDays(90)))
                .json().get("id").asString();
        assertThat(mentor.post("/api/v1/goals/" + goal + "/agreement", "").status()).isEqualTo(200);
        String revision = mentee.post("/api/v1/goals/" + goal + "/revisions",
                GoalApiIntegrationTests.revision("{'title':'Happier support customers'}", "Clearer name")).json().get("id").asString();
        Thread.sleep(2500);
        assertThat(requests).as("a proposal is not a revision yet").isEmpty();

        assertThat(mentor.post("/api/v1/goals/" + goal + "/revisions/" + revision + "/agreement", "").status()).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (requests.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        assertThat(requests).hasSize(1);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String body = requests.getFirst().get("body");
        assertThat(requests.getFirst().get("signature"))
                .isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8))));
        JsonNode json = JsonMapper.builder().build().readTree(body);
        assertThat(json.get("event").asString()).isEqualTo("goal.revised");
        assertThat(json.get("data").get("goalId").asString()).isEqualTo(goal);
        assertThat(json.get("data").get("revisionId").asString()).isEqualTo(revision);
        assertThat(json.get("data").get("rationale").asString()).isEqualTo("Clearer name");
        assertThat(json.get("data").get("changedFields").toString()).contains("title");
    }
}
