package org.tandem.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;

/** From a measurement to a published celebration with a stakeholder's words on it, in a real Chromium. */
@BrowserTest
class CelebrationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    Browser browser;
    MilestoneApiIntegrationTests t;

    @BeforeEach
    void setUp(Browser browser) {
        this.browser = browser;
        t = new MilestoneApiIntegrationTests();
        t.port = port;
        t.context = context;
        t.dsl = dsl;
        t.setUp();
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    @Test
    void aMeasurementReachesTheMilestoneAndThePairPublishesACelebrationWithAStakeholdersWords() {
        String goal = MilestoneApiIntegrationTests.activeGoal(t);
        t.measure(goal, "48", 40);
        t.measure(goal, "55", 20);
        String milestone = MilestoneApiIntegrationTests.plan(t.mentee, goal, "Sixty and holding", "60");

        // The mentee records a measurement on the goal page; nobody marks the milestone.
        browser.signIn(t.world.mentee().email());
        browser.go("/goals/" + goal);
        browser.find("form[action*='/measurements'] #value").sendKeys("63");
        setValue(browser.find("form[action*='/measurements'] #observedOn"), MilestoneApiIntegrationTests.today().toString());
        browser.clickToLoad("form[action*='/measurements'] button[type=submit]");
        browser.clickToLoad("#milestones a[href$='/milestones']");
        assertThat(browser.text("main")).contains("Sixty and holding", "Reached");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.wholePageScreenshots("milestone-list");

        browser.clickToLoad("a[href='/milestones/" + milestone + "']");
        assertThat(browser.text("main")).contains("by a measurement, with nobody clicking", "63");
        browser.wholePageScreenshots("milestone-reached");

        // The story, drafted from the goal's history, edited by the pair.
        browser.clickToLoad("a[href$='/story']");
        assertThat(browser.find("#learningCurve").getAttribute("value")).contains("from 48 points to 63 points");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.wholePageScreenshots("milestone-story");
        var impact = browser.find("#impact");
        impact.sendKeys(" Customers now hear back a day sooner.");
        browser.clickToLoad("form[action$='/story'] button[type=submit]");
        assertThat(browser.text("[role=status]")).contains("Story saved");

        // The celebration: the recognition is checked as it is typed.
        browser.go("/milestones/" + milestone + "/celebration/new");
        browser.find("#recognition-text").sendKeys("You are always amazing.");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recognition-findings li[data-rule='ABSOLUTE']")));
        var recognition = browser.find("#recognition-text");
        recognition.clear();
        recognition.sendKeys("In March you ran the weekly ticket reviews and the score rose to 63, so customers hear back a day sooner. "
                + "Could you show the billing team how you run them?");
        new Select(browser.find("#rewardKind-0")).selectByValue("RESPONSIBILITY");
        browser.find("#rewardDescription-0").sendKeys("Lead the support quality guild");
        new Select(browser.find("#stepKind-0")).selectByValue("MENTOR_OTHERS");
        browser.find("#stepDescription-0").sendKeys("Coach two new joiners through their first reviews");
        browser.find("#stakeholders").sendKeys("kai@elsewhere.example");
        browser.find("input[name=visibility][value=ORGANIZATION]").click();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.wholePageScreenshots("celebration-form");
        browser.clickToLoad("form[action$='/celebration'] button[type=submit].button--primary");

        assertThat(browser.text("main")).contains("Published", "Lead the support quality guild", "Customers now hear back a day sooner",
                "Shared with the organization");
        String link = browser.find(".callout code").getText();
        assertThat(link).contains("/guest/celebrations/gst_");
        browser.wholePageScreenshots("celebration-published");

        // The stakeholder adds their words through the guest link, without an account.
        browser.driver().manage().deleteAllCookies();
        browser.go(URI.create(link).getPath());
        assertThat(browser.text("h1")).isEqualTo("Manu reached a milestone");
        assertThat(browser.driver().findElements(By.cssSelector("a[href^='/'], nav"))).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.wholePageScreenshots("celebration-guest");
        browser.find("#name").sendKeys("Kai from Billing");
        browser.find("#words-text").sendKeys("Manu is brilliant.");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#words-findings li[data-rule='TRAIT_LANGUAGE']")));
        browser.wholePageScreenshots("celebration-guest-check");
        browser.find("#words-text").clear();
        browser.find("#words-text").sendKeys("Our escalations halved since Manu started the reviews.");
        browser.clickToLoad("form button[type=submit]");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Thank you"));

        // They change their words: words with findings are held once, edited, and saved clean (decision 0090).
        browser.find("#guest-change summary").click();
        browser.find("#change-text").clear();
        browser.find("#change-text").sendKeys("Manu is always brilliant.");
        browser.clickToLoad("#guest-change-send");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("guest-ask")));
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.wholePageScreenshots("celebration-guest-change-asked");
        browser.find("#change-text").clear();
        browser.find("#change-text").sendKeys("Our escalations halved since Manu started the reviews, and the backlog with them.");
        browser.clickToLoad("#guest-change-send");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Your change is saved"));

        // Someone else in the organization reads it, with the stakeholder's words on it.
        browser.signIn(t.world.otherMentee().email());
        browser.go("/celebrations");
        assertThat(browser.text("main")).contains("Sixty and holding");
        browser.wholePageScreenshots("celebrations-list");
        browser.clickToLoad("a[href='/milestones/" + milestone + "/celebration']");
        assertThat(browser.text("#words")).contains("Kai from Billing", "Our escalations halved since Manu started the reviews, and the backlog with them.",
                "edited").doesNotContain("always brilliant");
        assertThat(browser.text("main")).doesNotContain("kai@elsewhere.example");
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/visibility']"))).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.wholePageScreenshots("celebration-seen-by-organization");
    }

    @Test
    void theMentorshipPageShowsTheMilestonesCard() {
        String goal = MilestoneApiIntegrationTests.activeGoal(t);
        MilestoneApiIntegrationTests.plan(t.mentee, goal, "Sixty and holding", "60");
        t.measure(goal, "63", 0);

        browser.signIn(t.world.mentor().email());
        browser.go("/mentorships/" + t.world.mentorship().id());

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("milestones-card")));
        assertThat(browser.text("#milestones-card")).contains("Sixty and holding", "reached");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.wholePageScreenshots("mentorship-milestones-card");
    }
}
