package org.tandem.people.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tandem.notify.NotifyIntegrationTest;
import org.tandem.support.Browser;
import org.tandem.support.BrowserExtension;
import org.tandem.support.World;

/**
 * The whole way in, as a newcomer to Tandem would take it in Chromium: an admin adds a person on the people page, the
 * invitation mail arrives, and the person, knowing nothing but that mail, chooses a password and lands on their home.
 */
@NotifyIntegrationTest
@ExtendWith(BrowserExtension.class)
class InvitationBrowserTests {

    @Test
    void aPersonAddedOnThePeoplePageSignsInFromTheirInvitationMailAlone(Browser browser, World world) {
        String email = "nia-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        browser.signIn(world.admin().email()).go("/people");
        browser.find("#displayName").sendKeys("Nia Newcomer");
        browser.find("#email").sendKeys(email);
        browser.find("input[name=roles][value=MENTEE]").click();
        browser.find("form[method=post][action='/people'] button[type=submit]").click();
        assertThat(browser.text(".flash")).contains("Nia Newcomer");
        browser.driver().manage().deleteAllCookies();

        // only the path of the mailed link: the browser goes to paths on the test server
        String link = Mailbox.linkPath(Mailbox.of(email).awaitMessage(1), "/invitations/");
        browser.go(link);
        assertThat(browser.text("h1")).contains("Welcome, Nia Newcomer");
        browser.screenshot("invitation-choose-password");
        browser.find("#password").sendKeys("a garden of slow rivers");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/invitations/")));

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("main")).contains("Nia");
        assertThat(browser.text(".site-user")).contains("Nia Newcomer");
    }
}
