package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/**
 * A whole check-in run by two people in two real browsers: the mentor schedules it, the mentee starts it, both
 * record things in their sections, one sees the other's work after a refresh, a simultaneous edit shows a
 * conflict instead of overwriting, and completing it leaves both with the summary and their rating forms.
 */
@BrowserTest
class CheckInBrowserTests {

    @Test
    void aMentorAndAMenteeRunAWholeCheckInFromSchedulingToTheSummary(Browser mentor, Browser mentee, World world) {
        mentor.signIn(world.mentor().email());
        mentee.signIn(world.mentee().email());

        // The mentor schedules it from the mentorship page.
        mentor.go("/mentorships/" + world.mentorship().id());
        mentor.clickToLoad("#checkins-card a.button");
        mentor.clickToLoad("form[action$='/check-ins'] button[type=submit]");
        mentor.waitFor(ExpectedConditions.urlMatches("/check-ins/[0-9a-f-]{36}$"));
        String page = mentor.path();
        assertThat(mentor.text(".page-subtitle")).contains("Scheduled");
        assertThat(mentor.text("main")).contains("Prepare together", "Recap of last time", "Review the evidence", "Close");
        mentor.screenshots("checkin-scheduled");

        // The mentee starts it; the first section's clock runs.
        mentee.go(page);
        mentee.clickToLoad("form[action$='/start'] button");
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-subtitle"), "In progress"));
        assertThat(mentee.find("#section-RECAP").getAttribute("class")).contains("is-current");
        assertThat(mentee.text("#agenda-bar")).contains("Recap of last time");

        // Next section, in place: the review becomes the current one.
        mentee.clickToSwap("#agenda-bar button[type=submit]");
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#agenda-bar"), "Review the evidence"));
        mentee.waitFor(ExpectedConditions.attributeContains(By.cssSelector("#section-REVIEW"), "class", "is-current"));
        assertThat(mentee.find("#section-RECAP").getAttribute("class")).doesNotContain("is-current");

        // The mentee records an observation; only that part of the page changes, and it says so.
        mentee.find("#observations input[value=OUTCOME]").click();
        mentee.find("#observation-text").sendKeys("The onboarding checklist was used by two new joiners");
        mentee.clickToSwap("#observations button[type=submit]");
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#observations"), "two new joiners"));
        assertThat(mentee.text("#observations .saved-state")).isEqualTo("Saved");
        assertThat(mentee.find("#observation-text").getAttribute("value")).isEmpty();

        // The mentor sees it after a refresh.
        mentor.go(page);
        assertThat(mentor.text(".page-subtitle")).contains("In progress");
        openSection(mentor, "REVIEW");
        assertThat(mentor.text("#observations")).contains("two new joiners", world.mentee().displayName());

        // Both write the interpretation from the same version: the second save is refused, never overwriting.
        openSection(mentor, "INTERPRET");
        mentee.go(page);
        openSection(mentee, "INTERPRET");
        // (The mentee is typing already: the live page keeps their text instead of swapping in the mentor's, decision 0088.)
        type(mentee, "#interpretation-worked", "Writing things down first");
        type(mentor, "#interpretation-worked", "Pairing on reviews");
        mentor.clickToSwap("#interpretation button[type=submit]");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#interpretation .saved-state"), "Saved"));
        mentee.clickToSwap("#interpretation button[type=submit]");
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#interpretation"), "Changed by someone else"));
        assertThat(mentee.text("#interpretation [role=alert]")).contains(world.mentor().displayName());
        assertThat(mentee.text("#interpretation .saved-state")).isEqualTo("Conflict");
        assertThat(mentee.find("#interpretation-worked").getAttribute("value")).isEqualTo("Pairing on reviews");
        assertThat(mentee.text("#interpretation .panel")).contains("Writing things down first");
        mentee.screenshots("checkin-conflict");
        type(mentee, "#interpretation-worked", "Pairing on reviews, and writing things down first");
        mentee.clickToSwap("#interpretation button[type=submit]");
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#interpretation .saved-state"), "Saved"));

        // Growth: the mentee answers the question offered.
        openSection(mentee, "GROWTH");
        String question = mentee.text(".checkin-question");
        mentee.find("#growth textarea[name=answer]").sendKeys("The payment retries, end to end");
        mentee.clickToSwap("#growth form[action$='/answers'] button[type=submit]");
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#growth"), "The payment retries, end to end"));
        assertThat(mentee.text("#growth .item-list")).contains(question);

        // Risks and feedback from the mentor; the feedback check explains what it found.
        openSection(mentor, "RISKS");
        type(mentor, "#risk-description", "The release freeze may block the migration");
        type(mentor, "#risk-support", "Ask the release manager for an exception early");
        mentor.clickToSwap("#risks form[action$='/risks'] button[type=submit]");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#risks .item-list"), "release freeze"));
        openSection(mentor, "FEEDBACK");
        type(mentor, "#checkin-feedback-text", "You are always late with the reviews.");
        mentor.clickToSwap("#feedback form button.button[type=submit]");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#feedback-ask"), "Send it as it is, or edit it first?"));
        mentor.clickToSwap("#feedback-send-as-is");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#feedback .item-list"), "late with the reviews"));
        assertThat(mentor.text("#feedback .item-list .finding-list")).isNotBlank();

        // The mentee plans an action, by keyboard alone: type, then Enter submits; focus stays in that part.
        openSection(mentee, "PLAN");
        WebElement task = mentee.find("#action-task");
        task.sendKeys("Split the billing pull request into three parts");
        mentee.swapAfter(() -> task.sendKeys(Keys.ENTER));
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#action-items .item-list"), "three parts"));
        mentee.waitFor(driver -> mentee.find("#action-items").equals(driver.switchTo().activeElement())
                || mentee.find("#action-items").findElements(By.cssSelector(":focus")).size() > 0);
        mentee.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(mentee.driver().switchTo().activeElement().getTagName()).isIn("button", "summary", "input", "a", "textarea", "select");

        // A private note stays with its author.
        type(mentor, "#note-text", "Watch for signs of overload");
        mentor.clickToSwap("#notes button[type=submit]");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notes .item-list"), "overload"));
        assertThat(mentor.text("#notes .item-list")).contains("Only you");
        mentee.go(page);
        assertThat(mentee.text("main")).doesNotContain("overload");
        assertThat(Accessibility.seriousViolations(mentee)).isEmpty();
        mentee.screenshots("checkin-in-progress");

        // The mentor completes it; both get the summary, without the private note.
        mentor.go(page);
        openSection(mentor, "CLOSE");
        mentor.clickToLoad("form[action$='/complete'] button");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-subtitle"), "Completed"));
        assertThat(mentor.text(".checkin-summary")).contains("Split the billing pull request into three parts",
                "Pairing on reviews, and writing things down first", "The payment retries, end to end", "release freeze");
        assertThat(mentor.text("main")).contains("Watch for signs of overload");
        assertThat(mentor.text(".checkin-summary")).doesNotContain("overload");
        assertThat(count(mentor, "#rating")).isZero();

        // The mentee rates it; the mentor rates autonomy.
        mentee.go(page);
        assertThat(mentee.text(".checkin-summary")).contains("two new joiners").doesNotContain("overload");
        for (String question2 : List.of("clarity", "usefulness", "support")) {
            mentee.find("#rating input[name=" + question2 + "][value='4']").click();
        }
        mentee.clickToLoad("#rating button[type=submit]");
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#rating"), "You rated it"));
        assertThat(count(mentee, "#autonomy")).isZero();
        assertThat(Accessibility.seriousViolations(mentee)).isEmpty();
        mentee.screenshots("checkin-completed-mentee");
        mentor.go(page);
        mentor.find("#autonomy input[name=rating][value='3']").click();
        mentor.clickToLoad("#autonomy button[type=submit]");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#autonomy"), "You rated 3 of 5"));
        assertThat(mentor.text("main")).doesNotContain("You rated it");

        // The summary page, with its Markdown download.
        mentor.go(page + "/summary");
        assertThat(mentor.text("h1")).startsWith("Check-in of " + world.mentor().displayName());
        assertThat(mentor.find("a[href$='/summary.md']").getAttribute("download")).isNotNull();
        assertThat(Accessibility.seriousViolations(mentor)).isEmpty();
        mentor.screenshots("checkin-summary");
    }

    private static void openSection(Browser browser, String kind) {
        WebElement section = browser.find("#section-" + kind);
        if (section.getAttribute("open") == null) {
            browser.find("#section-" + kind + "-header").click();
        }
        browser.waitFor(ExpectedConditions.attributeToBeNotEmpty(section, "open"));
    }

    private static int count(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    private static void type(Browser browser, String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }
}
