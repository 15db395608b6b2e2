package org.tandem.people.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.people.PeopleController;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.tandem.support.Accessibility;
import org.tandem.support.Api;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** With {@code tandem.security.admins-need-passkey=true}, an admin's password alone opens nothing but their passkeys, on the pages (in Chromium) and on the API. */
@BrowserTest
class AdminPasskeyBrowserTests {

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void adminsNeedPasskeys(DynamicPropertyRegistry registry) {
        Passkeys.onAKnownPort(registry);
        registry.add("tandem.security.admins-need-passkey", () -> "true");
    }

    @Test
    void anAdminWhoSignedInWithAPasswordConfirmsWithTheirPasskeyBeforeAnythingElse(Browser browser, World world) {
        var authenticator = Passkeys.authenticatorIn(browser);
        try {
            browser.signIn(world.admin().email());
            assertThat(browser.path()).isEqualTo(PasskeyController.CONFIRM);
            browser.go(PeopleController.PEOPLE);
            assertThat(browser.path()).isEqualTo(PasskeyController.CONFIRM);

            Passkeys.register(browser, "Admin laptop");
            browser.go(PeopleController.PEOPLE);
            assertThat(browser.path()).isEqualTo(PasskeyController.CONFIRM);
            browser.screenshot("admin-passkey-confirm");
            assertThat(Accessibility.seriousViolations(browser)).isEmpty();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(PasskeyController.CONFIRM_BUTTON))).click();
            browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains(PasskeyController.CONFIRM)));

            browser.go(PeopleController.PEOPLE);
            assertThat(browser.path()).isEqualTo(PeopleController.PEOPLE);
            assertThat(browser.text("main")).contains(world.mentee().displayName());
        } finally {
            Passkeys.remove(browser, authenticator);
        }
    }

    @Test
    void anAdminWhoSignsInWithTheirPasskeyIsNotAskedAgain(Browser browser, World world) {
        var authenticator = Passkeys.authenticatorIn(browser);
        try {
            browser.signIn(world.admin().email());
            Passkeys.register(browser, "Admin phone");
            Passkeys.signOut(browser);
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(PasskeySecurity.SIGN_IN_BUTTON))).click();
            browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

            browser.go(PeopleController.PEOPLE);
            assertThat(browser.path()).isEqualTo(PeopleController.PEOPLE);
        } finally {
            Passkeys.remove(browser, authenticator);
        }
    }

    @Test
    void anAdminsPasswordAloneDoesNotOpenTheApiButAMenteesDoes(@Autowired Environment environment) {
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        World world = World.create(context);

        var admin = Api.at(port).as(world.admin().email()).get("/api/v1/people");
        var mentee = Api.at(port).as(world.mentee().email()).get("/api/v1/me");

        assertThat(admin.status()).isEqualTo(401);
        assertThat(admin.body()).contains("personal access token");
        assertThat(mentee.status()).isEqualTo(200);
    }

    @Test
    void aMenteeWhoSignedInWithAPasswordIsNotAsked(Browser browser, World world) {
        browser.signIn(world.mentee().email());
        assertThat(browser.path()).isEqualTo("/");

        browser.go(PasskeyController.CONFIRM);
        assertThat(browser.path()).isEqualTo("/");
    }
}
