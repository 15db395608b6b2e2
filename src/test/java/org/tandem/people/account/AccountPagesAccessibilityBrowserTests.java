package org.tandem.people.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** The account pages pass the automated accessibility audit with no serious or critical finding. */
@BrowserTest
class AccountPagesAccessibilityBrowserTests {

    @Test
    void thePagesOfSomeoneNotSignedInHaveNoSeriousAccessibilityProblem(Browser browser) {
        browser.driver().manage().deleteAllCookies();

        assertAudited(browser, List.of("/password-reset", "/password-reset/no-such-link", "/invitations/no-such-link"));
        browser.go("/login");
        assertThat(browser.find("a[href='/password-reset']").getText()).contains("Forgot your password");
    }

    @Test
    void aLeadsViewOfAPersonAndTheirOwnPasswordPageHaveNoSeriousAccessibilityProblem(Browser browser, World world) {
        browser.signIn(world.lead().email());

        assertAudited(browser, List.of(PersonPageController.href(world.mentor().id()), PersonPageController.href(world.admin().id()),
                AccountPagesController.CHANGE_PASSWORD));
    }

    private static void assertAudited(Browser browser, List<String> paths) {
        for (String path : paths) {
            browser.go(path);
            browser.find("main");
            assertThat(Accessibility.seriousViolations(browser)).as(path).isEmpty();
            browser.screenshots("account" + path.replaceAll("[^a-z]+", "-"));
        }
    }
}
