package org.tandem.people.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tandem.people.audit.AuditController;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** The safety pages in a real Chromium: sign out everywhere, the audit log, and the paused-sign-in message, each accessible. */
@BrowserTest
class SignInSafetyBrowserTests {

    @Test
    void aPersonSignsOutEverywhereFromTheirSessionsPage(Browser browser, World world) {
        browser.signIn(world.mentor().email());
        browser.go(SessionsController.SESSIONS);
        browser.find("main form button");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.driver().findElement(By.xpath("//button[normalize-space()='Sign out everywhere']")).click();

        browser.waitFor(ExpectedConditions.urlContains("/login"));
        assertThat(browser.text("[role=status]")).contains("signed out on every browser");
        browser.go("/");
        browser.waitFor(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anAdminReadsTheAuditLogWithNamesAndFilters(Browser browser, World world) {
        browser.signIn(world.admin().email());
        browser.go(AuditController.AUDIT);

        browser.find("table");
        assertThat(browser.text("table")).contains("Sign in", world.admin().displayName());
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("nav a[href='" + AuditController.AUDIT + "']")).getText()).isEqualTo("Audit log");
    }

    @Test
    void theLoginPageExplainsAPausedSignInAccessibly(Browser browser) {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login?locked=15");

        assertThat(browser.text("[role=alert]")).contains("paused", "about 15 minutes");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }
}
