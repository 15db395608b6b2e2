package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** The foundation's pages pass an automated accessibility audit with no serious or critical finding. */
@BrowserTest
class AccessibilityBrowserTests {

    @Test
    void theAuditReallyCatchesAnUnlabelledField(Browser browser) {
        browser.driver().get("data:text/html,<!doctype html><html lang=en><title>t</title><main><input type=text></main></html>");

        assertThat(Accessibility.seriousViolations(browser)).anySatisfy(v -> assertThat(v).startsWith("label"));
    }

    @Test
    void theLoginPageHasNoSeriousAccessibilityProblem(Browser browser) {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");

        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void aMentorsPagesHaveNoSeriousAccessibilityProblem(Browser browser, World world) {
        browser.signIn(world.mentor().email());

        assertAudited(browser, List.of("/", "/mentorships/" + world.mentorship().id()));
    }

    @Test
    void aMenteesPagesHaveNoSeriousAccessibilityProblem(Browser browser, World world) {
        browser.signIn(world.mentee().email());

        assertAudited(browser, List.of("/", "/mentorships/" + world.mentorship().id(), "/no-such-page", "/feedback",
                "/mentorships/" + world.mentorship().id() + "/peer-feedback"));
    }

    @Test
    void aLeadsPagesHaveNoSeriousAccessibilityProblem(Browser browser, World world) {
        browser.signIn(world.lead().email());

        assertAudited(browser, List.of("/", "/programs", "/programs/" + world.program().id(), "/people", "/people/import"));
    }

    @Test
    void onAPhoneTheLeadsPairsTableSaysItScrollsSidewaysAndOnADesktopItDoesNot(Browser browser, World world) {
        browser.signIn(world.lead().email());
        browser.go("/programs/" + world.program().id());

        assertThat(browser.find(".table-hint").isDisplayed()).as("desktop").isFalse();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            assertThat(browser.find(".table-hint").isDisplayed()).as("phone").isTrue();
            assertThat(browser.text(".table-hint")).isEqualTo("Scroll sideways to see all columns.");
            assertThat(browser.find(".table-hint + .table-wrap").getCssValue("overflow-x")).isEqualTo("auto");
        } finally {
            browser.desktopSize();
        }
    }

    private static void assertAudited(Browser browser, List<String> paths) {
        for (String path : paths) {
            browser.go(path);
            browser.find("main");
            assertThat(Accessibility.seriousViolations(browser)).as(path).isEmpty();
            browser.screenshots("audited" + path.replaceAll("[^a-z]+", "-"));
        }
    }
}
