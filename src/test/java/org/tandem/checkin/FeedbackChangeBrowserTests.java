package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.support.Api;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/**
 * Feedback the giver can fix, in a real browser: a label typed into the feedback box is flagged as it is written,
 * sending it asks once whether to send it as it is or edit it first, the edited text goes out clean; an entry the
 * giver rewrites keeps its earlier text for them, and one they withdraw before the check-in completes is not in
 * the summary.
 */
@BrowserTest
class FeedbackChangeBrowserTests {

    private static final String LABEL = "You are lazy and always late with the reviews.";
    private static final String FAIR = "In the Tuesday review the summary came an hour late, so we decided without it. "
            + "Could you send it the evening before next time?";
    private static final String THANKS = "On Monday you sent the release notes before the meeting and we finished early.";

    @LocalServerPort
    int port;

    @Test
    void labelsAreFlaggedAskedAboutOnceAndSentCleanAfterAnEditAndWithdrawnFeedbackIsNotInTheSummary(Browser mentor, World world) {
        Api api = Api.at(port).withTokenOf(world.mentor().email());
        String checkIn = api.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(2, ChronoUnit.HOURS))).json().get("id").asString();
        assertThat(api.post("/api/v1/check-ins/" + checkIn + "/start", "").status()).isEqualTo(200);
        mentor.signIn(world.mentor().email());
        mentor.go("/check-ins/" + checkIn);
        openSection(mentor, "FEEDBACK");

        // Typed: the live check flags the label as it is written.
        type(mentor, "#checkin-feedback-text", LABEL);
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#checkin-feedback-findings"), "to look at"));

        // Sent: nothing is saved yet; the page asks once, with the text and its findings kept.
        mentor.clickToSwap("#feedback-give");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#feedback-ask"),
                "Send it as it is, or edit it first?"));
        assertThat(mentor.text("#feedback")).contains("No feedback yet");
        assertThat(mentor.find("#checkin-feedback-text").getAttribute("value")).isEqualTo(LABEL);
        assertThat(mentor.text("#checkin-feedback-findings")).contains("to look at");
        mentor.screenshots("feedback-send-or-edit");

        // Edited and sent: the clean text goes out at once, reading well.
        type(mentor, "#checkin-feedback-text", FAIR);
        mentor.clickToSwap("#feedback-give");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#feedback .item-list"), "evening before"));
        assertThat(mentor.text("#feedback .item-list")).doesNotContain("lazy").contains("Reads well");
        assertThat(mentor.driver().findElements(By.cssSelector("#feedback-ask"))).isEmpty();

        // A second entry, rewritten from the page: the earlier text stays with its author.
        type(mentor, "#checkin-feedback-text", THANKS);
        mentor.clickToSwap("#feedback-give");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#feedback .item-list"), "release notes"));
        WebElement second = mentor.find("#feedback .item-list li.item:nth-child(2)");
        String secondId = second.getAttribute("id");
        mentor.find("#" + secondId + " details.feedback-edit summary").click();
        type(mentor, "#" + secondId + " textarea[name=text]", THANKS + " Thank you.");
        mentor.clickToSwap("#" + secondId + " form button[type=submit]");
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + secondId), "Earlier versions (1)"));
        assertThat(mentor.text("#" + secondId + " [data-feedback-text]")).endsWith("Thank you.");

        // Withdrawn before the check-in completes: gone from the page, and from the summary.
        mentor.clickToSwap("#" + secondId + " form[action$='/withdraw'] button");
        mentor.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#" + secondId)));
        assertThat(mentor.text("#feedback")).doesNotContain("release notes").contains("evening before");
        assertThat(api.post("/api/v1/check-ins/" + checkIn + "/complete", "").status()).isEqualTo(200);
        mentor.go("/check-ins/" + checkIn + "/summary");
        assertThat(mentor.text("main")).contains("evening before").doesNotContain("release notes").doesNotContain("lazy");
    }

    private static void openSection(Browser browser, String kind) {
        WebElement section = browser.find("#section-" + kind);
        if (section.getAttribute("open") == null) {
            browser.find("#section-" + kind + "-header").click();
        }
        browser.waitFor(ExpectedConditions.attributeToBeNotEmpty(section, "open"));
    }

    private static void type(Browser browser, String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }
}
