package org.tandem.people.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.support.IntegrationTest;

/** Behind a TLS proxy (X-Forwarded-Proto: https from a private address) Tandem sends HSTS and Secure cookies; over plain http it does not. */
@IntegrationTest
class ProxyTlsIntegrationTests {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    private HttpResponse<String> loginPage(String forwardedProto) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).header("Accept", "text/html");
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
    }

    @Test
    void behindATlsProxyThePageSendsHstsAndASecureSessionCookie() throws Exception {
        var response = loginPage("https");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
        assertThat(sessionCookie(response)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void overPlainHttpThereIsNoHstsAndTheCookieIsNotMarkedSecure() throws Exception {
        var response = loginPage(null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(response)).doesNotContainIgnoringCase("Secure");
    }
}
