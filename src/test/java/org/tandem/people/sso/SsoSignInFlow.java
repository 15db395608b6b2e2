package org.tandem.people.sso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One person's browser going through the real redirect dance: Tandem → the OpenID Connect provider (a real
 * mock-oauth2-server, which signs the person in at once with the claims the test gave it) → Tandem. Follows every
 * redirect and keeps the cookies each side sets, like a browser.
 */
final class SsoSignInFlow {

    static final String ISSUER = "acme";
    static final String CLIENT_ID = "tandem-test";

    private final String base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    SsoSignInFlow(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Names the running provider as Tandem's single sign-on, with any further {@code tandem.oidc.*} settings. */
    static void useAsTandemsProvider(DynamicPropertyRegistry registry, MockOAuth2Server provider, Map<String, String> more) {
        registry.add("tandem.oidc.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
        registry.add("tandem.oidc.client-id", () -> CLIENT_ID);
        registry.add("tandem.oidc.client-secret", () -> "a-test-client-secret");
        more.forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The claims the provider puts into the next ID token (and user info) it issues. */
    static void providerVouchesFor(MockOAuth2Server provider, String email, Boolean emailVerified) {
        Map<String, Object> claims = emailVerified == null
                ? Map.of("email", email, "name", "Sam Single")
                : Map.of("email", email, "email_verified", emailVerified, "name", "Sam Single");
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + email, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /** Clicks "Sign in with …" on the login page and answers where the dance ends. */
    HttpResponse<String> signIn() {
        return get("/login/sso");
    }

    HttpResponse<String> get(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
