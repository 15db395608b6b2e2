package org.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.SKILL_RECHECK;
import static org.tandem.insight.InsightFixtures.daysAgo;

import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.insight.InsightFixtures.Held;
import org.tandem.support.Api;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** The scorecard and the dashboard as people see them in a real browser, with the accessibility audit. */
@BrowserTest
class InsightBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Test
    void theMenteeReadsTheScorecardFromTheMentorshipPageAndAnswersADueReCheck(Browser browser, World world) {
        var fixtures = new InsightFixtures(context, world);
        fixtures.completed(world.mentorship(), daysAgo(42), new Held(20, 5, 0, 0, 3, 2));
        fixtures.completed(world.mentorship(), daysAgo(28), new Held(15, 10, 5, 1, 4, 3));
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(10, 10, 10, 2, 5, 4));
        achievedLearningGoalDueForReCheck(world);

        browser.signIn(world.mentee().email());
        browser.go("/mentorships/" + world.mentorship().id());
        browser.clickToLoad("a[href$='/insights']");

        assertThat(browser.path()).isEqualTo("/mentorships/" + world.mentorship().id() + "/insights");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#balance-title ~ * .balance, .card .balance"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.find(".balance").getAttribute("aria-label")).startsWith("All of them together: Review");
        assertThat(browser.text("main")).contains("Held on time", "Attainment", "Skills that lasted", "Lead incident reviews");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.screenshots("insight-scorecard");

        submitTheReCheck(browser);
        assertThat(browser.text("main")).contains("is required");
        browser.find("input[name=shownAgain][value=true]").click();
        browser.find("textarea[name=evidence]").sendKeys("Ran the March incident review on her own");
        submitTheReCheck(browser);

        assertThat(browser.text("[role=status]")).contains("Lead incident reviews");
        assertThat(browser.text("main")).contains("Shown again: Ran the March incident review on her own", "100% of the skills");
    }

    /** Posts the re-check form and waits for the next page, so nothing is read from the page being left. */
    private static void submitTheReCheck(Browser browser) {
        browser.clickToLoad("form[action$='/answer'] button[type=submit]");
    }

    /** Through the API, as the pair would: proposed, agreed, achieved; then its re-check is made due (time passing). */
    private void achievedLearningGoalDueForReCheck(World world) {
        Api mentee = Api.at(port).as(world.mentee().email());
        Api mentor = Api.at(port).as(world.mentor().email());
        var created = mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals", Api.json(
                "{'title':'Lead incident reviews','statement':'Lead the weekly incident review and write its summary for the team',"
                        + "'kind':'LEARNING','indicator':{'name':'Reviews led','unit':'reviews','baseline':0,'target':6,'direction':'INCREASE'},"
                        + "'attainability':'One review a week is scheduled already','relevance':'Reliability objective this year',"
                        + "'dueOn':'%s'}", LocalDate.now().plusDays(90)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String goal = created.json().get("id").asString();
        assertThat(mentor.post("/api/v1/goals/" + goal + "/agreement", "").status()).isEqualTo(200);
        assertThat(mentor.post("/api/v1/goals/" + goal + "/achievement", "").status()).isEqualTo(200);
        assertThat(mentee.post("/api/v1/goals/" + goal + "/achievement/agreement", "").status()).isEqualTo(200);
        dsl.update(SKILL_RECHECK).set(SKILL_RECHECK.DUE_ON, LocalDate.now().minusDays(1))
                .where(SKILL_RECHECK.GOAL_ID.eq(UUID.fromString(goal))).execute();
    }

    @Test
    void theLeadScansTheProgramDashboardWithSmallGroupsHidden(Browser browser, World world) {
        var fixtures = new InsightFixtures(context, world);
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(10, 10, 10, 1, 5, 3));
        fixtures.completed(world.otherMentorship(), daysAgo(14), new Held(20, 5, 0, 0, 2, 3));

        browser.signIn(world.lead().email());
        browser.go("/programs/" + world.program().id());
        browser.clickToLoad(".page-header a[href$='/insights']");

        assertThat(browser.text("h1")).isEqualTo("Is the rhythm working?");
        assertThat(browser.text("main")).contains("Hidden: fewer than 5 people answered", "By team", "By seniority", "Download CSV");
        assertThat(browser.text("main")).doesNotContain("insight must never show");
        assertThat(browser.text("main")).as("seniority and counts in words").contains("Mid-level", "2 pairs").doesNotContain("MID");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.screenshots("insight-dashboard");
    }
}
