package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * The pages' door: form login with a database session, CSRF on every page form, the headers that keep
 * signed-in pages out of caches and frames, and the operator endpoints.
 */
@IntegrationTest
@PostgresRelevant
class PageSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    PageClient browser;
    Api api;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        browser = PageClient.at(port);
        api = Api.at(port);
    }

    private static String pathOf(String location) {
        return URI.create(location).getPath();
    }

    private static String queryOf(String location) {
        return URI.create(location).getQuery();
    }

    private String mentorshipPage() {
        return "/mentorships/" + world.mentorship().id();
    }

    private tools.jackson.databind.JsonNode storedMentorship() {
        return api.as(world.mentee().email()).get("/api/v1/mentorships/" + world.mentorship().id()).json();
    }

    @Test
    void aVisitorWithoutASessionIsSentToTheLoginPage() {
        var home = browser.get("/");

        assertThat(home.status()).isEqualTo(302);
        assertThat(pathOf(home.header("Location"))).isEqualTo("/login");
    }

    @Test
    void aMentorshipPageWithoutASessionIsSentToTheLoginPageAndShowsNothing() {
        var page = browser.get(mentorshipPage());

        assertThat(page.status()).isEqualTo(302);
        assertThat(pathOf(page.header("Location"))).isEqualTo("/login");
        assertThat(page.body()).doesNotContain(world.mentee().displayName());
    }

    @Test
    void theLoginPageIsPublicAndItsFormCarriesACsrfToken() {
        var login = browser.get("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("action=\"/login\"", "name=\"username\"", "name=\"password\"");
        assertThat(PageClient.csrfToken(login.body())).isNotBlank();
    }

    @Test
    void signingInWithTheFormLandsOnHomeWhichGreetsThePersonByFirstName() {
        var signedIn = browser.signIn(world.mentor().email());

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(pathOf(signedIn.header("Location"))).isEqualTo("/");
        assertThat(queryOf(signedIn.header("Location"))).isNull();

        var home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Hello, Mona");
        assertThat(home.header("Cache-Control")).contains("no-store");
    }

    @Test
    void signingInGivesANewSessionSoAPlantedOneIsWorthless() {
        browser.get("/login");
        String before = browser.cookie("SESSION");

        var signedIn = browser.signIn(world.mentor().email());

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(before).isNotNull();
        assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSession() {
        assertThat(browser.signIn(world.mentor().email()).status()).isEqualTo(302);
        String token = PageClient.csrfToken(browser.get("/").body());

        var out = browser.postForm("/logout", Map.of("_csrf", token));

        assertThat(out.status()).isEqualTo(302);
        assertThat(pathOf(out.header("Location"))).isEqualTo("/login");
        assertThat(queryOf(out.header("Location"))).isEqualTo("logout");
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void aPageSessionDoesNotOpenTheApiWhichIsStateless() {
        assertThat(browser.signIn(world.mentor().email()).status()).isEqualTo(302);
        assertThat(browser.get("/").status()).isEqualTo(200);

        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPageWithAMessageAndNoSession() {
        var refused = browser.signIn(world.mentor().email(), "not the password");

        assertThat(refused.status()).isEqualTo(302);
        assertThat(pathOf(refused.header("Location"))).isEqualTo("/login");
        assertThat(queryOf(refused.header("Location"))).isEqualTo("error");
        assertThat(browser.get("/login?error").body()).contains("do not match");
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() {
        browser.get("/login");

        var refused = browser.postForm("/login", Map.of("username", world.mentor().email(), "password", World.PASSWORD));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void aSignedInMentorsHomeGreetsThemByFirstNameAndShowsOnlyTheirMentee() {
        var home = browser.withBasic(world.mentor().email()).get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Hello, Mona", world.mentee().displayName()).doesNotContain(world.otherMentee().displayName());
    }

    @Test
    void signedInPagesAreNotCachedNorFramedNorSniffed() {
        var home = browser.withBasic(world.mentor().email()).get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Cache-Control")).contains("no-store");
        assertThat(home.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aPagePostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        browser.withBasic(world.mentee().email());
        assertThat(browser.get(mentorshipPage()).status()).isEqualTo(200);

        var refused = browser.postForm(mentorshipPage() + "/preferences",
                Map.of("learningModalities", "PAIRING", "feedbackStyle", "DIRECT", "version", "0"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(storedMentorship().get("preferences").get("learningModalities").size()).isZero();
        assertThat(storedMentorship().get("version").asLong()).isZero();
    }

    @Test
    void aPagePostWithATokenFromAnotherSessionIsRefused() {
        String foreignToken = PageClient.csrfToken(PageClient.at(port).get("/login").body());
        browser.withBasic(world.mentee().email());
        browser.get(mentorshipPage());

        var refused = browser.postForm(mentorshipPage() + "/preferences",
                Map.of("feedbackStyle", "DIRECT", "version", "0", "_csrf", foreignToken));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(storedMentorship().get("version").asLong()).isZero();
    }

    @Test
    void aPagePostWithTheTokenOfThePageIsAccepted() {
        browser.withBasic(world.mentee().email());
        String token = PageClient.csrfToken(browser.get(mentorshipPage()).body());

        var saved = browser.postForm(mentorshipPage() + "/preferences",
                Map.of("learningModalities", "PAIRING", "feedbackStyle", "DIRECT", "version", "0", "_csrf", token));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(pathOf(saved.header("Location"))).isEqualTo(mentorshipPage());
        assertThat(storedMentorship().get("preferences").get("feedbackStyle").asString()).isEqualTo("DIRECT");
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndNotSentCrossSite() {
        var firstVisit = browser.get("/login");

        assertThat(firstVisit.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
                .singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theReadinessAndLivenessProbesAnswerWithoutCredentials() {
        var readiness = api.get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("UP");
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void metricsAreRefusedToAnonymousCallers() {
        var response = api.with("Accept", "text/plain").get("/actuator/prometheus");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("jvm_");
    }

    @Test
    void metricsAreRefusedToAMentor() {
        var response = api.as(world.mentor().email()).with("Accept", "text/plain").get("/actuator/prometheus");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("jvm_");
    }

    @Test
    void metricsAreRefusedToAProgramLead() {
        assertThat(api.as(world.lead().email()).with("Accept", "text/plain").get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void anAdminReadsTheMetrics() {
        var response = api.as(world.admin().email()).with("Accept", "text/plain").get("/actuator/prometheus");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_");
    }

    @Test
    void theStylesAndScriptsThePageFrameLinksAreServedWithoutASession() {
        assertThat(browser.get("/css/tandem.css").status()).isEqualTo(200);
        assertThat(browser.get("/img/favicon.svg").status()).isEqualTo(200);
        assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
    }

    @Test
    void theTandemScriptThePageFrameLoadsIsServed() {
        assertThat(browser.get("/js/tandem.js").status()).isEqualTo(200);
    }
}
