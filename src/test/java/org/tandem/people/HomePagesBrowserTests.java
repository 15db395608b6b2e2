package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** Each role signs in with the real form in a real Chromium and finds its own home page. */
@BrowserTest
class HomePagesBrowserTests {

    @Test
    void aMentorSeesTheirMenteeAndTheNextCheckIn(Browser browser, World world) {
        browser.signIn(world.mentor().email());

        assertThat(browser.text("h1")).contains("Mona");
        assertThat(browser.text("main")).contains("Your mentees", world.mentee().displayName(), "Next check-in")
                .doesNotContain(world.otherMentee().displayName());
        browser.screenshot("home-mentor");
    }

    @Test
    void aMenteeSeesTheirMentorship(Browser browser, World world) {
        browser.signIn(world.mentee().email());

        assertThat(browser.text("main")).contains("Your mentorship", "With " + world.mentor().displayName());
        browser.screenshot("home-mentee");
    }

    @Test
    void aLeadSeesTheProgramsTheyLead(Browser browser, World world) {
        browser.signIn(world.lead().email());

        assertThat(browser.text("main")).contains("Your programs", world.program().name());
        assertThat(browser.text("nav")).contains("Programs", "People");
        browser.screenshot("home-lead");
    }

    @Test
    void anAdminSeesPeopleAndProgramsInTheNavigation(Browser browser, World world) {
        browser.signIn(world.admin().email());

        assertThat(browser.text("nav")).contains("Home", "Programs", "People");
        browser.screenshot("home-admin");
    }

    @Test
    void aMentorOpensTheMentorshipPageFromHome(Browser browser, World world) {
        browser.signIn(world.mentor().email());
        browser.clickToLoad("main a[href^='/mentorships/']");

        assertThat(browser.text("h1")).contains(world.mentor().displayName(), world.mentee().displayName());
        browser.screenshot("mentorship-mentor");
    }

    @Test
    void signingOutEndsTheSession(Browser browser, World world) {
        browser.signIn(world.mentee().email());
        browser.clickToLoad("form[action='/logout'] button");

        browser.go("/");
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void aWrongPasswordShowsAnErrorOnTheLoginPage(Browser browser, World world) {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");
        browser.find("#username").sendKeys(world.mentee().email());
        browser.find("#password").sendKeys("wrong password");
        browser.clickToLoad("form[action='/login'] button");

        assertThat(browser.text("[role=alert]")).contains("do not match");
    }
}
