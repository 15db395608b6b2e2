package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class FeedbackApiIntegrationTests {

    static final String CHECK = "/api/v1/feedback/check";

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

    private static String body(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    private static JsonNode finding(JsonNode findings, String rule) {
        for (JsonNode f : findings) {
            if (f.get("rule").asString().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + findings);
    }

    @Test
    void theCheckAnswersFindingsWithOffsetsMessagesAndSuggestions() {
        String text = "You are always late and lazy.";
        var response = api.as(world.mentee().email()).post(CHECK, body(text));

        assertThat(response.status()).isEqualTo(200);
        JsonNode findings = response.json().get("findings");
        assertThat(findings.isArray()).isTrue();
        for (JsonNode f : findings) {
            assertThat(f.propertyNames()).containsExactlyInAnyOrder("rule", "start", "end", "message", "suggestion");
        }
        JsonNode absolute = finding(findings, "ABSOLUTE");
        assertThat(text.substring(absolute.get("start").asInt(), absolute.get("end").asInt())).isEqualTo("always");
        assertThat(finding(findings, "TRAIT_LANGUAGE").get("suggestion").asString()).contains("situation");
        assertThat(finding(findings, "NOT_ACTIONABLE").get("message").asString()).isNotBlank();
    }

    @Test
    void concreteFeedbackWithANextStepHasNoFindings() {
        var response = api.as(world.mentor().email()).post(CHECK,
                body("In Thursday's retro you summarised the three options before the vote, so we decided in ten minutes. "
                        + "Could you do the same in next week's planning?"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("findings").size()).isZero();
    }

    @Test
    void anEventDateLongPastMakesTheFeedbackStale() {
        String eventOn = LocalDate.now().minusDays(60).toString();
        var response = api.as(world.mentor().email()).post(CHECK,
                "{\"text\":\"Thanks for the clear agenda for the offsite.\",\"eventOn\":\"" + eventOn + "\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(finding(response.json().get("findings"), "STALE").get("message").asString()).contains("days ago");
    }

    @Test
    void anyoneSignedInMayCheckEvenWithAToken() {
        String token = api.as(world.lead().email()).post("/api/v1/me/tokens", "{\"name\":\"script\"}").json().get("token").asString();

        assertThat(api.bearer(token).post(CHECK, body("Great job!")).status()).isEqualTo(200);
    }

    @Test
    void withoutCredentialsTheCheckIsRefusedWith401() {
        var response = api.post(CHECK, body("Great job!"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aMissingTextIs400NamingText() {
        for (String bad : new String[] {"{}", "{\"text\":null}"}) {
            var response = api.as(world.mentee().email()).post(CHECK, bad);

            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        }
    }

    @Test
    void aTextOverFiveThousandCharactersIs400NamingText() {
        var response = api.as(world.mentee().email()).post(CHECK, body("a".repeat(5001)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("5000");
        assertThat(api.as(world.mentee().email()).post(CHECK, body("a".repeat(5000))).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentListsTheFeedbackPaths() {
        var paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.has(CHECK)).isTrue();
        assertThat(paths.has("/api/v1/mentorships/{id}/peer-feedback-requests")).isTrue();
    }
}
