package org.tandem.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.checkin.CheckInService;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * Mentor and mentee on one check-in in two Chromium windows: each sees that the other is here, and what the mentor
 * saves appears on the mentee's open page without a reload, marked with who changed it; the mentor's private note
 * never does.
 */
@BrowserTest
class LiveCheckInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    CheckInService checkIns;

    @Test
    void whatOneSavesAppearsOnTheOthersOpenPageWithoutAReloadAndBothSeeWhoIsHere(Browser mentee, Browser mentor, World world) {
        String page = "/check-ins/" + checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(),
                Instant.now().plus(1, ChronoUnit.HOURS), null).id();
        mentee.signIn(world.mentee().email()).go(page);
        mentor.signIn(world.mentor().email()).go(page);

        mentee.waitFor(d -> d.findElement(By.id("live-presence")).getText().equals(world.mentor().displayName() + " is here too."));
        mentor.waitFor(d -> d.findElement(By.id("live-presence")).getText().equals(world.mentee().displayName() + " is here too."));
        ((JavascriptExecutor) mentee.driver()).executeScript("window.__sameDocument = true;");

        PageClient mentorSaves = PageClient.at(port);
        mentorSaves.signIn(world.mentor().email());
        save(mentorSaves, page, "/notes", Map.of("text", "Ask about the promotion quietly", "visibility", "PRIVATE"));
        save(mentorSaves, page, "/wins", Map.of("text", "Shipped the importer a week early"));

        mentee.waitFor(d -> textOf(d, "wins").contains("Shipped the importer a week early"));
        assertThat(textOf(mentee.driver(), "wins")).contains("Updated by " + world.mentor().displayName());
        assertThat(((JavascriptExecutor) mentee.driver()).executeScript("return window.__sameDocument === true;"))
                .as("no reload").isEqualTo(true);
        assertThat(textOf(mentee.driver(), "notes")).doesNotContain("promotion");
        mentee.screenshots("live-checkin-updated-by-mentor");
    }

    private static String textOf(org.openqa.selenium.WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getAttribute("textContent");
    }

    private static void save(PageClient client, String page, String part, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", PageClient.csrfToken(client.get(page).body()));
        assertThat(client.postForm(page + part, form).status()).isEqualTo(302);
    }
}
