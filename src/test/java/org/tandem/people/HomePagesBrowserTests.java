package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Browser;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;

/** Each role signs in with the real form in a real Chromium and finds its own home page. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePagesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Browser browser;
    World world;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void newWorld() {
        world = World.create(context);
    }

    @Test
    void aMentorSeesTheirMenteeAndTheNextCheckIn() {
        browser.signIn(world.mentor().email());

        assertThat(browser.text("h1")).contains("Mona");
        assertThat(browser.text("main")).contains("Your mentees", world.mentee().displayName(), "Next check-in")
                .doesNotContain(world.otherMentee().displayName());
        browser.screenshot("home-mentor");
    }

    @Test
    void aMenteeSeesTheirMentorship() {
        browser.signIn(world.mentee().email());

        assertThat(browser.text("main")).contains("Your mentorship", "With " + world.mentor().displayName());
        browser.screenshot("home-mentee");
    }

    @Test
    void aLeadSeesTheProgramsTheyLead() {
        browser.signIn(world.lead().email());

        assertThat(browser.text("main")).contains("Your programs", world.program().name());
        assertThat(browser.text("nav")).contains("Programs", "People");
        browser.screenshot("home-lead");
    }

    @Test
    void anAdminSeesPeopleAndProgramsInTheNavigation() {
        browser.signIn(world.admin().email());

        assertThat(browser.text("nav")).contains("Home", "Programs", "People");
        browser.screenshot("home-admin");
    }

    @Test
    void aMentorOpensTheMentorshipPageFromHome() {
        browser.signIn(world.mentor().email());
        browser.find("main a[href^='/mentorships/']").click();

        assertThat(browser.text("h1")).contains(world.mentor().displayName(), world.mentee().displayName());
        browser.screenshot("mentorship-mentor");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn(world.mentee().email());
        browser.find("form[action='/logout'] button").click();

        browser.go("/");
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void aWrongPasswordShowsAnErrorOnTheLoginPage() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");
        browser.find("#username").sendKeys(world.mentee().email());
        browser.find("#password").sendKeys("wrong password");
        browser.find("form[action='/login'] button").click();

        assertThat(browser.text("[role=alert]")).contains("do not match");
    }
}
