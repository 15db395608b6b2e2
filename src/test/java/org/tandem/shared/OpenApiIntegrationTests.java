package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;

/** The OpenAPI document served by the app must agree with the contract in API.md: every path is there. */
@IntegrationTest
class OpenApiIntegrationTests {

    static final List<String> CONTRACT = List.of(
            "/api/v1/me", "/api/v1/me/tokens", "/api/v1/me/tokens/{id}",
            "/api/v1/people", "/api/v1/people/{id}", "/api/v1/people/import", "/api/v1/people/{id}/export", "/api/v1/people/{id}/erasure",
            "/api/v1/playbooks", "/api/v1/playbooks/{id}",
            "/api/v1/programs", "/api/v1/programs/{id}",
            "/api/v1/mentorships", "/api/v1/mentorships/{id}", "/api/v1/mentorships/{id}/cadence", "/api/v1/mentorships/{id}/preferences");

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentListsEveryPathOfTheContract() {
        var document = Api.at(port).get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        var paths = document.json().get("paths");
        assertThat(CONTRACT).allSatisfy(path -> assertThat(paths.has(path)).as(path).isTrue());
    }

    @Test
    void noOperationAsksClientsForTheSignedInPerson() {
        var paths = Api.at(port).get("/v3/api-docs").json().get("paths");

        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            var parameters = operation.getValue().get("parameters");
            if (parameters != null) {
                parameters.forEach(parameter -> assertThat(parameter.get("name").asString())
                        .as(operation.getKey() + " " + path.getKey()).isNotEqualTo("actor"));
            }
        }));
    }

    @Test
    void aGrowthAnswerIsDocumentedWithItsOwnBodyAndAnswersCreated() {
        var document = Api.at(port).get("/v3/api-docs").json();
        var answers = document.get("paths").get("/api/v1/check-ins/{id}/answers").get("post");

        String body = answers.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asString();
        var schema = document.get("components").get("schemas").get(body.substring(body.lastIndexOf('/') + 1));
        assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrder("promptId", "question", "answer");
        assertThat(answers.get("responses").has("201")).isTrue();
        assertThat(answers.get("responses").get("404").get("content").has("application/problem+json")).isTrue();
    }

    @Test
    void swaggerUiIsServedWithoutSigningIn() {
        var page = Api.at(port).get("/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger");
    }
}
