package org.tandem.feedback;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A browser-less guest for the guest pages: keeps the session cookie the page gives and sends the CSRF token
 * from the form back, as a browser would. No credentials, ever.
 */
final class GuestClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** Pages without a form still carry the token for htmx in the body's hx-headers. */
    private static final Pattern HTMX_CSRF = Pattern.compile("X-CSRF-TOKEN(?:&#34;|&quot;|\")\\s*:\\s*(?:&#34;|&quot;|\")([A-Za-z0-9_-]+)");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie;
    private String csrf;

    GuestClient(int port) {
        this.base = "http://localhost:" + port;
    }

    record Page(int status, String body, String location) {
    }

    Page get(String path) {
        return send(request(path).GET());
    }

    /** Posts a form the way the page's own form would, with the CSRF token of the last page seen. */
    Page post(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder("_csrf=").append(csrf == null ? "" : encode(csrf));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append('&').append(namesAndValues[i]).append('=').append(encode(namesAndValues[i + 1]));
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    String cookie() {
        return cookie;
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            String token = csrfIn(response.body());
            if (!token.isEmpty()) {
                csrf = token;
            }
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token a page carries, from its form or else from its hx-headers; empty when none. */
    static String csrfIn(String html) {
        var form = CSRF.matcher(html);
        if (form.find()) {
            return form.group(1);
        }
        var htmx = HTMX_CSRF.matcher(html);
        return htmx.find() ? htmx.group(1) : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
