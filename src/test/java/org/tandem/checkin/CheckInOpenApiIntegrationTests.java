package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;

/** The OpenAPI document lists every check-in path of API.md, with the methods the contract names. */
@IntegrationTest
class CheckInOpenApiIntegrationTests {

    static final List<String[]> CONTRACT = List.of(
            new String[] {"/api/v1/mentorships/{id}/check-ins", "post", "get"},
            new String[] {"/api/v1/check-ins/{id}", "get"},
            new String[] {"/api/v1/check-ins/{id}/start", "post"},
            new String[] {"/api/v1/check-ins/{id}/complete", "post"},
            new String[] {"/api/v1/check-ins/{id}/observations", "post"},
            new String[] {"/api/v1/check-ins/{id}/interpretation", "put"},
            new String[] {"/api/v1/check-ins/{id}/answers", "post"},
            new String[] {"/api/v1/check-ins/{id}/risks", "post"},
            new String[] {"/api/v1/check-ins/{id}/feedback", "post"},
            new String[] {"/api/v1/check-ins/{id}/feedback/{entryId}", "patch", "delete"},
            new String[] {"/api/v1/check-ins/{id}/action-items", "post"},
            new String[] {"/api/v1/action-items/{itemId}", "patch"},
            new String[] {"/api/v1/check-ins/{id}/notes", "post"},
            new String[] {"/api/v1/check-ins/{id}/summary", "get"},
            new String[] {"/api/v1/check-ins/{id}/rating", "post"},
            new String[] {"/api/v1/check-ins/{id}/autonomy", "post"},
            new String[] {"/api/v1/prompts", "get"});

    @LocalServerPort
    int port;

    @Test
    void everyCheckInPathOfTheContractIsDocumented() {
        var paths = Api.at(port).get("/v3/api-docs").json().get("paths");

        assertThat(CONTRACT).allSatisfy(entry -> {
            assertThat(paths.has(entry[0])).as(entry[0]).isTrue();
            for (int i = 1; i < entry.length; i++) {
                assertThat(paths.get(entry[0]).has(entry[i])).as(entry[i] + " " + entry[0]).isTrue();
            }
        });
    }

    @Test
    void rewritingFeedbackIsDocumentedWithItsBodyItsAnswerAndItsRefusals() {
        var docs = Api.at(port).get("/v3/api-docs").json();
        var path = docs.get("paths").get("/api/v1/check-ins/{id}/feedback/{entryId}");

        var patch = path.get("patch");
        String body = patch.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asString();
        var bodySchema = docs.get("components").get("schemas").get(body.substring(body.lastIndexOf('/') + 1));
        assertThat(bodySchema.get("properties").has("text")).isTrue();
        assertThat(bodySchema.get("properties").has("behaviour")).isTrue();
        assertThat(bodySchema.get("properties").has("version")).isTrue();
        String answer = patch.get("responses").get("200").get("content").get("application/json").get("schema").get("$ref").asString();
        var answerSchema = docs.get("components").get("schemas").get(answer.substring(answer.lastIndexOf('/') + 1));
        assertThat(answerSchema.get("properties").has("findings")).isTrue();
        assertThat(answerSchema.get("properties").has("history")).isTrue();
        assertThat(answerSchema.get("properties").has("version")).isTrue();
        assertThat(patch.get("responses").has("409")).isTrue();
        assertThat(patch.get("responses").has("412")).isTrue();
        assertThat(path.get("delete").get("responses").has("204")).isTrue();
        assertThat(path.get("delete").get("responses").has("404")).isTrue();
    }
}
