package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.support.Accessibility;
import org.tandem.support.Api;
import org.tandem.support.Bodies;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/**
 * Adjusting a goal inside the check-in (decision 0093), in two real browsers: the mentor proposes a revision from the
 * ADJUST section in a dialog, a refused form keeps them in the dialog with the reason, the mentee agrees from their
 * own check-in page in the same way, and both pages show the revised goal without either of them leaving the
 * check-in. Then the Close section's takeaway, saved in place.
 */
@BrowserTest
class CheckInInPlaceBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aRevisionIsProposedAndAgreedWithoutLeavingTheCheckIn(Browser mentor, Browser mentee, World world) {
        Api mentorApi = Api.at(port).withTokenOf(world.mentor().email());
        Api menteeApi = Api.at(port).withTokenOf(world.mentee().email());
        String goal = menteeApi.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals",
                Bodies.goal("Happier support customers", LocalDate.now().plusDays(120))).json().get("id").asString();
        assertThat(mentorApi.post("/api/v1/goals/" + goal + "/agreement", "").status()).isEqualTo(200);
        String checkIn = mentorApi.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(2, ChronoUnit.HOURS))).json().get("id").asString();
        assertThat(mentorApi.post("/api/v1/check-ins/" + checkIn + "/start", "").status()).isEqualTo(200);
        String page = "/check-ins/" + checkIn;
        String revise = "#revise-" + goal;

        // The mentor opens the revision from the ADJUST section: a dialog over the check-in, labelled by its heading.
        mentor.signIn(world.mentor().email());
        mentor.go(page);
        assertThat(mentor.text(".page-subtitle")).contains("Agenda from");
        openSection(mentor, "ADJUST");
        mentor.clickToSwap(revise);
        WebElement dialog = mentor.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(dialog.getAttribute("aria-labelledby")).isEqualTo("in-place-title");
        assertThat(mentor.text("#in-place-title")).contains("Propose a revision", "Happier support customers");
        assertThat(mentor.path()).isEqualTo(page);
        assertThat(Accessibility.seriousViolations(mentor)).isEmpty();
        mentor.screenshots("checkin-revision-dialog");

        // Sent without a reason: refused inside the dialog, with the reason beside the field; nothing changed.
        type(mentor, "dialog #target", "90");
        mentor.clickToSwap("dialog form button.button--primary");
        mentor.waitFor(ExpectedConditions.attributeToBe(By.cssSelector("dialog #rationale"), "aria-invalid", "true"));
        assertThat(mentor.find("dialog[open]").isDisplayed()).isTrue();
        assertThat(mentor.path()).isEqualTo(page);

        // With a reason: the dialog closes, the section shows the revision waiting, focus is back on the button.
        type(mentor, "dialog #target", "90");
        type(mentor, "dialog #rationale", "The weekly reviews work better than we planned for");
        // done: the form answers with no content and the page fetches the section again, so wait on what it shows
        mentor.find("dialog form button.button--primary").click();
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#adjust"), "Revision #1"));
        mentor.waitFor(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
        assertThat(mentor.text("#adjust")).contains("waits for " + world.mentee().displayName());
        mentor.waitFor(d -> revise.substring(1).equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(mentor.path()).isEqualTo(page);

        // Opened again and closed with Escape: nothing changes, focus returns to the button.
        mentor.clickToSwap(revise);
        mentor.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(mentor.text("dialog")).contains("It waits for " + world.mentee().displayName());
        mentor.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        mentor.waitFor(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
        mentor.waitFor(d -> revise.substring(1).equals(d.switchTo().activeElement().getAttribute("id")));

        // The mentee agrees from their own check-in page, in the same way.
        mentee.signIn(world.mentee().email());
        mentee.go(page);
        openSection(mentee, "ADJUST");
        assertThat(mentee.text("#adjust")).contains("Revision #1", "waits for your agreement");
        mentee.clickToSwap(revise);
        mentee.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(mentee.text("dialog")).contains("80", "90", "The weekly reviews work better");
        assertThat(Accessibility.seriousViolations(mentee)).isEmpty();
        mentee.screenshots("checkin-revision-agree-dialog");
        mentee.find("dialog form[action$='/agreement'] button").click();
        mentee.waitFor(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#adjust"), "target 90"));
        assertThat(mentee.text("#adjust")).doesNotContain("Revision #1");
        assertThat(mentee.text("#checkin-live")).contains("You agreed");
        assertThat(mentee.path()).isEqualTo(page);

        // The mentor's open page shows the revised goal too, without a reload.
        mentor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#adjust"), "target 90"));
        assertThat(mentor.path()).isEqualTo(page);
        assertThat(menteeApi.get("/api/v1/goals/" + goal).body()).contains("90");

        // The Close section: the takeaway is saved in place and goes into the summary.
        openSection(mentee, "CLOSE");
        type(mentee, "#takeaway-text", "Weekly reviews are worth keeping; aim higher");
        mentee.clickToSwap("#takeaway button[type=submit]");
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#takeaway .saved-state"), "Saved"));
        mentee.clickToLoad("form[action$='/complete'] button");
        mentee.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".checkin-summary"), "aim higher"));
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
