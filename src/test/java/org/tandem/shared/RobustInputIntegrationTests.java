package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/** Hostile and sloppy input is refused with a clear 4xx that names what is wrong, and changes nothing. */
@IntegrationTest
class RobustInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api admin;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        admin = Api.at(port).as(world.admin().email());
    }

    private String person(String email, String displayNameJson) {
        return "{\"email\":\"" + email + "\",\"displayName\":" + displayNameJson + ",\"roles\":[\"MENTEE\"]}";
    }

    private boolean exists(String email) {
        return admin.get("/api/v1/people?query=" + email).body().contains(email);
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413AndCreatesNobody() {
        String email = "big-" + world.organization().slug() + "@example.com";
        var response = admin.post("/api/v1/people", person(email, "\"" + "x".repeat(1_100_000) + "\""));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(exists(email)).isFalse();
    }

    @Test
    void aChunkedBodyWithoutADeclaredLengthIsCountedAndRefusedPastTheLimit() throws Exception {
        byte[] body = person("chunked@example.com", "\"" + "y".repeat(1_100_000) + "\"").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people"))
                .header("Authorization", basic(world.admin().email()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(exists("chunked@example.com")).isFalse();
    }

    @Test
    void aWriteFromAClientThatAcceptsNoJsonIsRefusedBeforeAnythingIsWritten() {
        String email = "markdown-" + world.organization().slug() + "@example.com";
        var response = admin.with("Accept", "text/markdown").post("/api/v1/people", person(email, "\"Mark Down\""));

        assertThat(response.status()).isEqualTo(406);
        assertThat(exists(email)).as("told 406, so nobody was created").isFalse();
        assertThat(admin.with("Accept", "application/json;q=0.5, text/html").post("/api/v1/people", person(email, "\"Mark Down\"")).status())
                .isEqualTo(201);
    }

    @Test
    void anAcceptHeaderThatIsNoMediaTypeIsA400AndWritesNothing() {
        String email = "garbage-" + world.organization().slug() + "@example.com";
        var response = admin.with("Accept", "\"garbage\"").post("/api/v1/people", person(email, "\"Gar Bage\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(exists(email)).isFalse();
    }

    @Test
    void aForwardedAddressThatIsNoAddressIsLoggedAsUnreadableInsteadOfFailingTheWrite() {
        String email = "forwarded-" + world.organization().slug() + "@example.com";
        var response = admin.with("X-Forwarded-For", "x".repeat(5000)).post("/api/v1/people", person(email, "\"For Warded\""));

        assertThat(response.status()).isEqualTo(201);
        assertThat(exists(email)).isTrue();
    }

    @Test
    void aKeySentTwiceIsRefusedRatherThanGuessed() {
        String email = "twice-" + world.organization().slug() + "@example.com";
        var response = admin.post("/api/v1/people",
                "{\"email\":\"" + email + "\",\"displayName\":\"First\",\"displayName\":\"Second\",\"roles\":[\"MENTEE\"]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("sent twice");
        assertThat(exists(email)).isFalse();
    }

    @Test
    void aNumberSentAsAStringIsRefusedNamingTheField() {
        var response = Api.at(port).as(world.mentor().email()).put("/api/v1/mentorships/" + world.mentorship().id() + "/cadence",
                "{\"intervalDays\":\"14\",\"durationMinutes\":45,\"nextAt\":\"2027-03-01T09:00:00Z\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("intervalDays");
    }

    @Test
    void aNulByteOrADirectionOverrideInANameIsRefusedNamingTheField() {
        for (String name : List.of("\"Eve\\u0000Admin\"", "\"Eve \\u202Enimda\"")) {
            String email = "hostile-" + name.length() + "-" + world.organization().slug() + "@example.com";
            var response = admin.post("/api/v1/people", person(email, name));

            assertThat(response.status()).as(name).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("displayName");
            assertThat(response.json().get("errors").get(0).get("message").asString()).contains("control characters");
            assertThat(exists(email)).isFalse();
        }
    }

    @Test
    void aFormFieldWithANulByteIsRefusedOnThePageAndCreatesNobody() {
        var pages = PageClient.at(port).withBasic(world.admin().email());
        String email = "form-nul-" + world.organization().slug() + "@example.com";
        String csrf = PageClient.csrfToken(pages.get("/people").body());

        var response = pages.postForm("/people", java.util.Map.of("_csrf", csrf, "email", email,
                "displayName", "Eve\u0000Admin", "roles", "MENTEE", "timeZone", "Europe/Berlin"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("control characters");
        assertThat(exists(email)).isFalse();
    }

    @Test
    void aDateCenturiesAwayIsRefusedAndTheCadenceStaysAsItWas() {
        var mentor = Api.at(port).as(world.mentor().email());
        String path = "/api/v1/mentorships/" + world.mentorship().id();
        String before = mentor.get(path).body();

        var response = mentor.put(path + "/cadence", "{\"intervalDays\":14,\"durationMinutes\":45,\"nextAt\":\"9999-01-01T09:00:00Z\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("nextAt");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("between 1900-01-01 and 2199-12-31");
        assertThat(mentor.get(path).body()).isEqualTo(before);
    }

    @Test
    void parallelFirstRequestsOnAFreshSessionNeverAnswerWithAServerError() throws Exception {
        for (int round = 0; round < 5; round++) {
            var pages = PageClient.at(port);
            pages.signIn(world.mentee().email());
            String session = pages.cookie("SESSION");
            assertThat(session).isNotNull();
            var client = HttpClient.newHttpClient();
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(() -> client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Cookie", "SESSION=" + session).header("Accept", "text/html").GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Future<Integer> status : executor.invokeAll(calls)) {
                    assertThat(status.get()).isLessThan(500);
                }
            }
            var home = pages.get("/");
            assertThat(home.status()).as("the session still signs the person in").isEqualTo(200);
            var signOut = pages.postForm("/logout", java.util.Map.of("_csrf", PageClient.csrfToken(home.body())));
            assertThat(signOut.status()).as("the session's CSRF token still matches its pages").isEqualTo(302);
            assertThat(pages.get("/").status()).as("signing out ended the session").isNotEqualTo(200);
        }
    }

    private static String basic(String email) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":" + World.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
