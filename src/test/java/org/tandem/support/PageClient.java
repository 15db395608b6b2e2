package org.tandem.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for page tests against the real server: keeps the cookies the server sets, never
 * follows redirects (tests assert on them), and posts forms the way a page does, CSRF token included.
 */
public final class PageClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String authorization;
    private boolean htmx;

    private PageClient(String base) {
        this.base = base;
    }

    public static PageClient at(int port) {
        return new PageClient("http://localhost:" + port);
    }

    /**
     * Sends HTTP Basic credentials with every request, which the pages also accept: the signed-in page
     * without a form login, e.g. to check what signed-in pages answer independently of the login form.
     */
    public PageClient withBasic(String email) {
        authorization = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((email + ":" + World.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Sends {@code HX-Request: true} with every request from now on, as htmx does. */
    public PageClient asHtmx() {
        htmx = true;
        return this;
    }

    /** Signs in through the login form and answers the final redirect of the form post. */
    public Api.Response signIn(String email, String password) {
        String token = csrfToken(get("/login").body());
        return postForm("/login", Map.of("username", email, "password", password, "_csrf", token));
    }

    public Api.Response signIn(String email) {
        return signIn(email, World.PASSWORD);
    }

    public Api.Response get(String path) {
        return send(request(path).GET());
    }

    public Api.Response postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The value of a cookie the server set and has not cleared, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The value of the hidden {@code _csrf} input of a page. */
    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("The page has no _csrf field");
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (htmx) {
            builder.header("HX-Request", "true");
        }
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return new Api.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
