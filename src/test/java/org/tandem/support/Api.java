package org.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: who calls, what they send, and the raw answer to assert on. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final List<String> headers;

    private Api(String base, List<String> headers) {
        this.base = base;
        this.headers = List.copyOf(headers);
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, List.of());
    }

    public Api as(String email) {
        return as(email, World.PASSWORD);
    }

    public Api as(String email, String password) {
        return with("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Api bearer(String token) {
        return with("Authorization", "Bearer " + token);
    }

    /**
     * The same client as this person through a personal access token made for the test: one password check
     * instead of one per request keeps a suite fast.
     */
    public Api withTokenOf(String email) {
        Response token = as(email).post("/api/v1/me/tokens", "{\"name\":\"tests\"}");
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        return bearer(token.json().get("token").asString());
    }

    public Api with(String name, String value) {
        List<String> next = new ArrayList<>(headers);
        next.add(name);
        next.add(value);
        return new Api(base, next);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** JSON is asked for unless the client was given its own {@code Accept} ({@link #with}), e.g. {@code text/markdown}. */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        boolean ownAccept = false;
        for (int i = 0; i < headers.size(); i += 2) {
            ownAccept |= headers.get(i).equalsIgnoreCase("Accept");
        }
        if (!ownAccept) {
            builder.header("Accept", "application/json, application/problem+json");
        }
        for (int i = 0; i < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Formats JSON from a template with {@code %s} holes, quoting nothing: pass JSON values. */
    public static String json(String template, Object... values) {
        return template.formatted(values).replace('\'', '"');
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
