package org.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalFixtures;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.people.Actor;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** "Ask for changes" (decision 0094) in a real Chromium, without JavaScript doing anything but the browser's own work. */
@BrowserTest
class GoalChangeRequestBrowserTests {

    @Autowired
    GoalLifecycle lifecycle;

    Browser browser;
    World world;

    @BeforeEach
    void setUp(Browser browser, World world) {
        this.browser = browser;
        this.world = world;
    }

    @Test
    void theMentorSendsAProposedGoalBackTheMenteeReadsTheCommentChangesItAndTheHistoryShowsTheExchange() {
        Goal proposed = lifecycle.propose(World.actor(world.mentee()), world.mentorship().id(),
                GoalFixtures.draft().withDueOn(today().plusDays(90)), Instant.now());
        String goalPath = GoalController.path(proposed.id());

        // The mentor asks for changes, first without a comment.
        browser.signIn(world.mentor().email());
        browser.go(goalPath);
        browser.find("details#ask-goal summary").click();
        submit(browser.find("details#ask-goal button[type=submit]"));
        assertThat(browser.text("#ask-goal-comment-error")).contains("Say what should change");
        assertThat(browser.text(".page-header .badge")).isEqualTo("Awaiting agreement");
        type("#ask-goal-comment", "Say which survey the score comes from, and who runs it");
        submit(browser.find("details#ask-goal button[type=submit]"));
        assertThat(browser.text(".flash--success")).contains("You asked for changes");
        assertThat(browser.driver().findElements(By.cssSelector("details#ask-goal"))).as("one request at a time").isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        // The mentee sees it on home and on the goal page, and changes the goal.
        browser.signIn(world.mentee().email());
        browser.go("/");
        assertThat(browser.text("main")).contains("Changes asked: " + proposed.terms().title());
        browser.go(goalPath);
        assertThat(browser.text("#changes")).contains(world.mentor().displayName() + " asked for changes",
                "Say which survey the score comes from, and who runs it");
        assertThat(browser.driver().findElements(By.cssSelector("details#ask-goal"))).as("the proposer cannot ask it of themself").isEmpty();
        browser.find("details#proposal summary").click();
        type("details#proposal #title", "Quarterly support survey score");
        submit(browser.find("details#proposal button[type=submit]"));
        assertThat(browser.text(".flash--success")).contains("Goal changed");
        assertThat(browser.text(".page-title")).isEqualTo("Quarterly support survey score");
        assertThat(browser.driver().findElements(By.cssSelector("#changes"))).as("answered").isEmpty();
        assertThat(browser.text(".timeline")).contains("Changes asked by " + world.mentor().displayName(),
                "Say which survey the score comes from", "Proposal changed by " + world.mentee().displayName(), "title");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        // The mentor agrees to the changed goal.
        browser.signIn(world.mentor().email());
        browser.go(goalPath);
        submit(browser.find("form[action$='/agreement'] button"));
        assertThat(browser.text(".page-header .badge")).isEqualTo("Active");
    }

    @Test
    void theMenteeSaysNotYetToAProposedAchievementAndTheMentorReadsWhy() {
        Actor mentee = World.actor(world.mentee());
        Actor mentor = World.actor(world.mentor());
        Goal proposed = lifecycle.propose(mentee, world.mentorship().id(), GoalFixtures.draft().withDueOn(today().plusDays(90)), Instant.now());
        lifecycle.agree(mentor, proposed.id(), OptionalLong.empty(), Instant.now());
        lifecycle.proposeAchievement(mentor, proposed.id(), "Two surveys above 80", OptionalLong.empty(), Instant.now());
        String goalPath = GoalController.path(proposed.id());

        browser.signIn(world.mentor().email());
        browser.go(goalPath);
        assertThat(browser.driver().findElements(By.cssSelector("details#ask-achievement"))).as("not for the proposer").isEmpty();

        browser.signIn(world.mentee().email());
        browser.go(goalPath);
        browser.find("details#ask-achievement summary").click();
        type("#ask-achievement-comment", "The second survey had four answers; let us wait for the next one");
        submit(browser.find("details#ask-achievement button[type=submit]"));
        assertThat(browser.text(".flash--success")).contains("You asked for changes");
        assertThat(browser.text(".page-header .badge")).isEqualTo("Active");
        assertThat(browser.driver().findElements(By.cssSelector("#changes form"))).as("who asked cannot let it go").isEmpty();

        browser.signIn(world.mentor().email());
        browser.go(goalPath);
        assertThat(browser.text("#changes")).contains("your proposal that the goal is achieved", "four answers");
        assertThat(browser.text(".timeline")).contains("Changes asked by " + world.mentee().displayName());
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        // the mentor will not propose it again: letting it go clears it from their home, the comment stays in the history
        submit(browser.find("#changes form button[type=submit]"));
        assertThat(browser.text(".flash--success")).contains("You let it go");
        assertThat(browser.driver().findElements(By.cssSelector("#changes"))).isEmpty();
        assertThat(browser.text(".timeline")).contains("Let go by " + world.mentor().displayName(), "four answers");
        browser.go("/");
        assertThat(browser.text("main")).doesNotContain("Changes asked");
    }

    private void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    private void submit(WebElement button) {
        browser.clickToLoad(button);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }
}
