package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** The feedback box checks as people type, in a real Chromium; and a teammate answers through a guest link. */
@BrowserTest
class FeedbackBrowserTests {

    @Autowired
    ApplicationContext context;

    private static void waitForFinding(Browser browser, String box, String rule) {
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + box + "-findings li[data-rule='" + rule + "']")));
    }

    private static void setValue(Browser browser, WebElement input, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    @Test
    void typingOnThePracticePageShowsFindingsLiveWithoutSubmitting(Browser browser, World world) {
        browser.signIn(world.mentee().email());
        browser.go("/feedback");
        assertThat(browser.text("nav")).contains("Practice feedback");

        browser.find("#practice-text").sendKeys("You are always late and lazy.");

        waitForFinding(browser, "practice", "TRAIT_LANGUAGE");
        waitForFinding(browser, "practice", "ABSOLUTE");
        assertThat(browser.path()).isEqualTo("/feedback");
        assertThat(browser.text("#practice-findings")).contains("Describes the person", "Always or never", "Try:");
        assertThat(browser.find("#practice-findings mark.finding--ABSOLUTE").getText()).isEqualTo("always");
        assertThat(browser.find("#practice-findings").getAttribute("aria-live")).isEqualTo("polite");
        browser.wholePageScreenshots("feedback-practice-findings");

        var text = browser.find("#practice-text");
        text.clear();
        text.sendKeys("In Monday's demo you showed the latency numbers before the roadmap, so the customer asked about "
                + "the right things. Could you open the next demo the same way?");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("practice-findings"), "Nothing to flag"));
    }

    @Test
    void theStepByStepFormIsOneClickAwayAndIsCheckedPutTogether(Browser browser, World world) {
        browser.signIn(world.mentor().email());
        browser.go("/feedback");

        browser.find("#practice summary").click();
        browser.find("#practice-situation").sendKeys("In Tuesday's planning");
        browser.find("#practice-behaviour").sendKeys("you were rude");
        browser.find("#practice-impact").sendKeys("Sam stopped sharing ideas");

        waitForFinding(browser, "practice", "TRAIT_LANGUAGE");
        // The check runs a moment after typing stops: on busy cores an earlier check may show the first steps only.
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("practice-marked"), "Sam stopped sharing ideas"));
        assertThat(browser.text("#practice-findings")).contains("Your four steps, put together");
        assertThat(browser.text("#practice-marked")).contains("In Tuesday's planning, you were rude").endsWith(". Sam stopped sharing ideas.");
        browser.wholePageScreenshots("feedback-practice-steps");
    }

    @Test
    void aTeammateAnswersThroughTheGuestLinkAndThePairReadsIt(Browser browser, World world) {
        browser.signIn(world.mentor().email());
        browser.go("/mentorships/" + world.mentorship().id());
        browser.clickToLoad("a[href$='/peer-feedback']");
        browser.find("#email").sendKeys("kai@elsewhere.example");
        browser.find("#about").sendKeys("How Manu ran the incident review last Thursday");
        setValue(browser, browser.find("#dueOn"), LocalDate.now().plusDays(5).toString());
        browser.clickToLoad("form[action$='/peer-feedback'] button[type=submit]");

        String link = browser.find("#peer-link").getAttribute("value");
        assertThat(link).contains("/guest/feedback/gst_");
        browser.wholePageScreenshots("feedback-peer-link");

        browser.driver().manage().deleteAllCookies();
        browser.go(URI.create(link).getPath());
        assertThat(browser.text("h1")).isEqualTo("Feedback for Manu");
        assertThat(browser.text("main")).contains("How Manu ran the incident review last Thursday")
                .doesNotContain(world.mentee().displayName(), world.mentor().displayName());
        assertThat(browser.driver().findElements(By.cssSelector("a[href^='/'], nav"))).isEmpty();

        browser.find("#answer-text").sendKeys("He is always so disorganized.");
        waitForFinding(browser, "answer", "TRAIT_LANGUAGE");
        waitForFinding(browser, "answer", "ABSOLUTE");
        browser.wholePageScreenshots("feedback-guest-live");

        browser.clickToLoad("#guest-send");
        assertThat(browser.text("#guest-ask")).contains("Not sent yet", "Send it as it is, or edit it first?");
        assertThat(browser.find("#answer-text").getAttribute("value")).isEqualTo("He is always so disorganized.");
        browser.wholePageScreenshots("feedback-guest-ask");

        var text = browser.find("#answer-text");
        text.clear();
        text.sendKeys("In Thursday's incident review Manu kept the timeline on screen and asked each responder for one fact, "
                + "which got us to the root cause in twenty minutes. I'd suggest he runs the next one too.");
        browser.clickToLoad("#guest-send");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Thank you"));
        browser.wholePageScreenshots("feedback-guest-thanks");

        browser.go(URI.create(link).getPath());
        assertThat(browser.text("main")).contains("Thank you", "What you sent", "kept the timeline on screen")
                .doesNotContain("How Manu ran the incident review");

        browser.signIn(world.mentee().email());
        browser.go("/mentorships/" + world.mentorship().id() + "/peer-feedback");
        assertThat(browser.text("main")).contains("How Manu ran the incident review last Thursday", "Answered",
                "kept the timeline on screen");
        browser.wholePageScreenshots("feedback-peer-answers");

        // the guest withdraws it before the due date: it is gone for the pair
        browser.driver().manage().deleteAllCookies();
        browser.go(URI.create(link).getPath());
        browser.clickToLoad("#guest-withdraw");
        assertThat(browser.text("#guest-notice")).contains("Your feedback is withdrawn");
        browser.signIn(world.mentee().email());
        browser.go("/mentorships/" + world.mentorship().id() + "/peer-feedback");
        assertThat(browser.text("main")).contains("How Manu ran the incident review last Thursday").doesNotContain("kept the timeline on screen");
    }

    @Test
    void thePairRevokesALinkFromThePage(Browser browser, World world) {
        var created = context.getBean(PeerFeedbackRequests.class).create(World.actor(world.mentee()), world.mentorship().id(),
                "kai@elsewhere.example", "My part in the pricing workshop", LocalDate.now().plusDays(2));
        browser.signIn(world.mentee().email());
        browser.go("/mentorships/" + world.mentorship().id() + "/peer-feedback");
        assertThat(browser.text("main")).contains("My part in the pricing workshop", "Waiting").doesNotContain(created.link());

        browser.clickToLoad("form[action$='/revocation'] button");

        assertThat(browser.text("[role=status]")).contains("kai@elsewhere.example", "no longer works");
        assertThat(browser.text("main")).contains("Revoked");
        browser.driver().manage().deleteAllCookies();
        browser.go(URI.create(created.link()).getPath());
        assertThat(browser.text("h1")).isEqualTo("This link is not available");
    }

    @Test
    void anUnknownGuestLinkShowsTheNeutralPage(Browser browser) {
        browser.driver().manage().deleteAllCookies();
        browser.go("/guest/feedback/gst_nothing-here");

        assertThat(browser.text("h1")).isEqualTo("This link is not available");
        assertThat(browser.driver().findElements(By.cssSelector("a[href^='/']"))).isEmpty();
        browser.wholePageScreenshots("feedback-guest-gone");
    }
}
