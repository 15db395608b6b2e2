package org.tandem.people.passkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.tandem.support.Browser;

/**
 * What the passkey browser tests share. A passkey is bound to the exact origin it was made on, so these tests run
 * Tandem on a port chosen up front and tell it that address ({@code tandem.base-url}); Chromium counts
 * {@code http://localhost} as a secure context.
 */
final class Passkeys {

    private Passkeys() {
    }

    static void onAKnownPort(DynamicPropertyRegistry registry) {
        int port = freePort();
        registry.add("server.port", () -> port);
        registry.add("tandem.base-url", () -> "http://localhost:" + port);
    }

    /** A platform authenticator with a fingerprint that always matches, as a laptop's would. */
    static VirtualAuthenticator authenticatorIn(Browser browser) {
        return ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    static void remove(Browser browser, VirtualAuthenticator authenticator) {
        ((HasVirtualAuthenticator) browser.driver()).removeVirtualAuthenticator(authenticator);
    }

    /** Adds a passkey on the passkeys page and waits for the page to list it. */
    static void register(Browser browser, String label) {
        browser.go(PasskeyController.PASSKEYS);
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#passkey-register button[type=submit]")));
        browser.find("#passkey-label").sendKeys(label);
        browser.find("#passkey-register button[type=submit]").click();
        browser.waitFor(ExpectedConditions.urlContains("done=registered"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table"), label));
    }

    static void signOut(Browser browser) {
        browser.find(".site-user form[action='/logout'] button").click();
        browser.waitFor(ExpectedConditions.urlContains("/login?logout"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
