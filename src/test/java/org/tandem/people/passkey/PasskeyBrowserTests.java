package org.tandem.people.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.AUDIT_ENTRY;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** A person adds a passkey on their own page and signs in with it from the login page, in Chromium with a virtual authenticator. */
@BrowserTest
class PasskeyBrowserTests {

    @DynamicPropertySource
    static void knownPort(DynamicPropertyRegistry registry) {
        Passkeys.onAKnownPort(registry);
    }

    @Autowired
    DSLContext dsl;

    @Test
    void aPersonRegistersAPasskeySignsOutAndSignsInWithIt(Browser browser, World world) {
        var authenticator = Passkeys.authenticatorIn(browser);
        try {
            browser.signIn(world.mentee().email());
            Passkeys.register(browser, "Work laptop");
            browser.screenshot("passkeys-registered");
            assertThat(Accessibility.seriousViolations(browser)).isEmpty();
            Passkeys.signOut(browser);

            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(PasskeySecurity.SIGN_IN_BUTTON)));
            browser.screenshot("login-with-passkey");
            assertThat(Accessibility.seriousViolations(browser)).isEmpty();
            String sessionBefore = browser.driver().manage().getCookieNamed("SESSION").getValue();
            browser.find("#" + PasskeySecurity.SIGN_IN_BUTTON).click();
            browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            assertThat(browser.driver().manage().getCookieNamed("SESSION").getValue()).as("a new session id after sign-in").isNotEqualTo(sessionBefore);

            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text(".site-user")).contains(world.mentee().displayName());
            assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTOR_ID.eq(world.mentee().id().value())
                    .and(AUDIT_ENTRY.ACTION.eq("SIGN_IN")).and(AUDIT_ENTRY.DETAILS.contains("passkey")))).isEqualTo(1);
            assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTOR_ID.eq(world.mentee().id().value())
                    .and(AUDIT_ENTRY.ACTION.eq("PASSKEY_REGISTERED")))).isEqualTo(1);
        } finally {
            Passkeys.remove(browser, authenticator);
        }
    }

    @Test
    void aRemovedPasskeyNoLongerSignsAnyoneIn(Browser browser, World world) {
        var authenticator = Passkeys.authenticatorIn(browser);
        try {
            browser.signIn(world.mentor().email());
            Passkeys.register(browser, "Old phone");
            browser.find("table button[type=submit]").click();
            browser.waitFor(ExpectedConditions.urlContains("done=removed"));
            assertThat(browser.driver().findElements(By.cssSelector("table"))).isEmpty();
            Passkeys.signOut(browser);

            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(PasskeySecurity.SIGN_IN_BUTTON))).click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-error")));

            assertThat(browser.path()).startsWith("/login");
            assertThat(browser.text("#passkey-error")).isNotBlank();
        } finally {
            Passkeys.remove(browser, authenticator);
        }
    }
}
