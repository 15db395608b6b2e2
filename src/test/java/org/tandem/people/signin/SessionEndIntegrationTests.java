package org.tandem.people.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.PasswordChanged;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/** Page sessions end with the account: the next click of an ended session lands on the login page. */
@IntegrationTest
class SessionEndIntegrationTests {

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

    private PageClient signedIn(Person person) {
        PageClient browser = PageClient.at(port);
        var signIn = browser.signIn(person.email());
        assertThat(URI.create(signIn.header("Location")).getPath()).isEqualTo("/");
        assertThat(browser.get("/").status()).isEqualTo(200);
        return browser;
    }

    private static void assertSentToLogin(PageClient browser) {
        var next = browser.get("/");
        assertThat(next.status()).isEqualTo(302);
        assertThat(URI.create(next.header("Location")).getPath()).isEqualTo("/login");
    }

    @Test
    void aDeactivatedPersonsOpenSessionStopsWorkingOnTheNextClick() {
        PageClient mentor = signedIn(world.mentor());
        PageClient admin = signedIn(world.admin());

        var deactivated = api.as(world.admin().email()).post("/api/v1/people/" + world.mentor().id() + "/deactivation", "");

        assertThat(deactivated.status()).isEqualTo(200);
        assertSentToLogin(mentor);
        assertThat(admin.get("/").status()).isEqualTo(200);
    }

    @Test
    void aRoleChangeEndsThePersonsSessionsInEveryBrowser() {
        PageClient laptop = signedIn(world.lead());
        PageClient phone = signedIn(world.lead());

        var changed = api.as(world.admin().email()).put("/api/v1/people/" + world.lead().id(),
                Api.json("{'email':'%s','displayName':'%s','roles':['MENTOR']}", world.lead().email(), world.lead().displayName()));

        assertThat(changed.status()).isEqualTo(200);
        assertSentToLogin(laptop);
        assertSentToLogin(phone);
        // Signing in again gives a session with the new roles: the people directory is no longer theirs.
        PageClient again = signedIn(world.lead());
        assertThat(again.get("/people").status()).isEqualTo(403);
    }

    @Test
    void anEditThatKeepsTheRolesKeepsTheSessions() {
        PageClient mentee = signedIn(world.mentee());

        api.as(world.admin().email()).put("/api/v1/people/" + world.mentee().id(),
                Api.json("{'email':'%s','displayName':'Manu Renamed','roles':['MENTEE']}", world.mentee().email()));

        assertThat(mentee.get("/").status()).isEqualTo(200);
    }

    @Test
    void anErasedPersonsSessionEndsThoughTheirEmailIsGone() {
        PageClient mentee = signedIn(world.otherMentee());

        assertThat(api.as(world.admin().email()).post("/api/v1/people/" + world.otherMentee().id() + "/erasure", "").status()).isEqualTo(204);

        assertSentToLogin(mentee);
    }

    @Test
    void aPasswordChangeEndsThePersonsSessions() {
        PageClient mentor = signedIn(world.mentor());

        context.publishEvent(new PasswordChanged(world.organization().id(), world.mentor().id()));

        assertSentToLogin(mentor);
    }

    @Test
    void changingThePasswordThroughTheApiEndsThePersonsPageSessions() {
        PageClient mentor = signedIn(world.mentor());

        var changed = api.as(world.mentor().email()).put("/api/v1/me/password",
                Api.json("{'currentPassword':'%s','newPassword':'a brand new passphrase 2027'}", World.PASSWORD));

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertSentToLogin(mentor);
    }

    @Test
    void signingOutEverywhereEndsEveryBrowserOfThePersonAndOnlyTheirs() {
        PageClient laptop = signedIn(world.mentor());
        PageClient phone = signedIn(world.mentor());
        PageClient colleague = signedIn(world.mentee());
        var page = laptop.get(SessionsController.SESSIONS);
        assertThat(page.body()).contains("2 browsers");

        var out = laptop.postForm(SessionsController.SIGN_OUT_EVERYWHERE, Map.of("_csrf", PageClient.csrfToken(page.body())));

        assertThat(out.status()).isEqualTo(302);
        assertThat(out.header("Location")).endsWith("/login?signedOut");
        assertSentToLogin(laptop);
        assertSentToLogin(phone);
        assertThat(colleague.get("/").status()).isEqualTo(200);
        var audit = api.as(world.admin().email()).get("/api/v1/audit?action=SIGNED_OUT_EVERYWHERE&actorId=" + world.mentor().id()).json();
        assertThat(audit.get("items").size()).isEqualTo(1);
    }

    @Test
    void signingOutEverywhereNeedsTheFormsCsrfToken() {
        PageClient mentor = signedIn(world.mentor());

        var forged = mentor.postForm(SessionsController.SIGN_OUT_EVERYWHERE, Map.of());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(mentor.get("/").status()).isEqualTo(200);
    }
}
