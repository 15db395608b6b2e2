package org.tandem.insight.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** The lead's pair table and home alerts in a real browser, with the accessibility audit. */
@BrowserTest
class PairTableBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aLeadFindsTheStarvedPairFromHomeInOneClick(Browser browser, World world) {
        var fixtures = new PairTableFixtures(context, world, port);
        fixtures.celebrationStarved(world.mentorship(), world.mentee(), world.mentor());
        fixtures.missedTwice(world.otherMentorship());

        browser.signIn(world.lead().email());
        browser.go("/");
        assertThat(browser.text("main")).contains("Pairs that need a look", "Manu Mentee", "Nothing celebrated",
                "Olga Mentee", "Missed in a row");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.screenshots("lead-home-alerts");

        browser.clickToLoad("a[href='/mentorships/" + world.mentorship().id() + "']");

        assertThat(browser.path()).isEqualTo("/mentorships/" + world.mentorship().id());
        assertThat(browser.text("h1")).contains("Manu Mentee");
    }

    @Test
    void theLeadSortsAndFiltersTheTableInPlaceAndOnAPhoneIsToldItScrolls(Browser browser, World world) {
        var fixtures = new PairTableFixtures(context, world, port);
        fixtures.missedTwice(world.otherMentorship());
        fixtures.checkIns.completed(world.mentorship(), org.tandem.insight.InsightFixtures.daysAgo(14), PairTableFixtures.RATED);
        String table = "/programs/" + world.program().id() + "/pairs";

        browser.signIn(world.lead().email());
        browser.go("/programs/" + world.program().id());
        browser.clickToLoad(".page-header a[href$='/pairs']");
        assertThat(browser.path()).isEqualTo(table);
        assertThat(browser.text("h1")).isEqualTo("How each pair is doing");
        assertThat(rowNames(browser)).as("most flags first").startsWith("Olga Mentee");

        browser.swapAfter(() -> browser.find("#pair-table th a[href*='sort=MENTEE']").click());
        assertThat(rowNames(browser)).containsExactly("Manu Mentee", "Olga Mentee");
        browser.swapAfter(() -> browser.find("#pair-table th a[href*='sort=MENTEE']").click());
        assertThat(rowNames(browser)).containsExactly("Olga Mentee", "Manu Mentee");
        assertThat(browser.path()).contains("sort=MENTEE", "order=DESC");

        browser.swapAfter(() -> new Select(browser.find("#flag")).selectByValue("MISSED_IN_A_ROW"));
        assertThat(rowNames(browser)).containsExactly("Olga Mentee");
        assertThat(browser.path()).contains("flag=MISSED_IN_A_ROW");
        assertThat(browser.text("#pair-table")).contains("The last 2 check-ins that were due did not happen").doesNotContain("MISSED_IN_A_ROW");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        assertThat(browser.find(".table-hint").isDisplayed()).isTrue();
        assertThat(browser.text(".table-hint")).isEqualTo("Scroll sideways to see all columns.");
        browser.desktopSize();
        browser.screenshots("pair-table");
    }

    private static java.util.List<String> rowNames(Browser browser) {
        browser.find("#pair-table tbody tr");
        return browser.driver().findElements(By.cssSelector("#pair-table tbody th[scope=row]")).stream().map(e -> e.getText()).toList();
    }
}
