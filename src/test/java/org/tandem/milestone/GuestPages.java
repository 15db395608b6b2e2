package org.tandem.milestone;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A browser-less guest: keeps the session cookie and sends the form's CSRF token back, as a browser would. No credentials. */
final class GuestPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie;
    private String csrf;

    GuestPages(int port) {
        this.base = "http://localhost:" + port;
    }

    record Page(int status, String body) {
    }

    Page get(String path) {
        return send(request(path).GET());
    }

    Page post(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder("_csrf=").append(csrf == null ? "" : encode(csrf));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append('&').append(namesAndValues[i]).append('=').append(encode(namesAndValues[i + 1]));
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        return cookie == null ? builder : builder.header("Cookie", cookie);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            var matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
