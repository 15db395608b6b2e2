package org.tandem.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** An admin makes a new version of the playbook with tailoring limits, and the pair tailors it within them (decision 0086). */
@BrowserTest
class PlaybookBrowserTests {

    private static void type(Browser browser, String css, String value) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(value);
    }

    @Test
    void anAdminCreatesAPlaybookVersionAndThePairTailorsIt(Browser browser, World world) {
        browser.signIn(world.admin().email());
        browser.go("/playbooks");
        browser.clickToLoad("main .card__title a");
        browser.clickToLoad("a[href$='/edit']");
        type(browser, "#minMinutes_REVIEW", "5");
        type(browser, "#maxMinutes_REVIEW", "15");
        browser.find("input[name=core_REVIEW]").click();
        type(browser, "#maxMinutes_GROWTH", "10");
        browser.clickToLoad("main form button[type=submit]");

        assertThat(browser.text("h1")).contains("version 2");
        assertThat(browser.text("[role=status]")).contains("Saved as version 2");
        assertThat(browser.text("main")).contains("core: every pair keeps it", "pairs may give it 5 to 15 minutes");
        browser.screenshots("playbook-version");

        browser.signIn(world.mentor().email());
        browser.go("/mentorships/" + world.mentorship().id());
        browser.clickToLoad("a[href$='/playbook']");
        type(browser, "#minutes_REVIEW", "12");
        type(browser, "#position_PLAN", "0");
        type(browser, "#addedPrompts_REVIEW", "Which number surprised us?");
        browser.find("input[name=keep_RISKS]").click();
        browser.clickToLoad("main form button[type=submit]");

        assertThat(browser.text("[role=status]")).contains("Your tailoring is saved");
        assertThat(browser.text("#tailoring-note")).contains("Tailored by " + world.mentor().displayName(), "version 2");
        assertThat(browser.text("#pair-agenda li:first-child h3")).isEqualTo("Action plan");
        assertThat(browser.text("#pair-agenda")).contains("Which number surprised us?").doesNotContain("Risks ahead");
        browser.screenshots("pair-playbook");

        browser.signIn(world.mentee().email());
        browser.go("/mentorships/" + world.mentorship().id());
        assertThat(browser.text("#playbook-tailored")).contains("Tailored by " + world.mentor().displayName());
    }

    @Test
    void thePlaybookPagesHaveNoSeriousAccessibilityProblem(Browser browser, World world) {
        browser.signIn(world.lead().email());
        browser.go("/playbooks");
        String playbook = browser.find("main .card__title a").getAttribute("href").replaceAll("^.*(/playbooks/[^/?#]+).*$", "$1");
        audit(browser, List.of("/playbooks", playbook, "/playbooks/new", playbook + "/edit", "/programs/" + world.program().id() + "/playbooks"));

        browser.signIn(world.mentee().email());
        audit(browser, List.of("/mentorships/" + world.mentorship().id() + "/playbook"));
    }

    private static void audit(Browser browser, List<String> paths) {
        for (String path : paths) {
            browser.go(path);
            browser.find("main");
            assertThat(Accessibility.seriousViolations(browser)).as(path).isEmpty();
        }
    }
}
