package org.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalChanges;
import org.tandem.goal.core.GoalFixtures;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.core.GoalMeasuring;
import org.tandem.goal.core.GoalRevising;
import org.tandem.goal.core.RevisionContext;
import org.tandem.goal.signals.GoalReads;
import org.tandem.goal.web.GoalsController;
import org.tandem.people.Actor;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.World;

/** The goal pages in a real Chromium: the whole agreement and revision loop, the live SMART check, and signals. */
@BrowserTest
class GoalBrowserTests {

    @Autowired
    GoalLifecycle lifecycle;

    @Autowired
    GoalRevising revising;

    @Autowired
    GoalMeasuring measuring;

    @Autowired
    GoalReads reads;

    Browser browser;
    World world;

    @BeforeEach
    void setUp(Browser browser, World world) {
        this.browser = browser;
        this.world = world;
    }

    @Test
    void aGoalIsProposedAgreedRevisedWithARationaleAgreedAgainAndItsHistoryShowsBeforeAndAfter() {
        LocalDate due = today().plusDays(90);
        LocalDate later = today().plusDays(150);

        // The mentee proposes.
        browser.signIn(world.mentee().email());
        browser.go(GoalsController.path(world.mentorship().id()));
        type("#title", "Faster code reviews");
        type("#statement", "Review pull requests of the platform team within one working day");
        type("#indicatorName", "Median review time");
        type("#indicatorUnit", "hours");
        type("#baseline", "30");
        type("#target", "8");
        new org.openqa.selenium.support.ui.Select(browser.find("#direction")).selectByValue("DECREASE");
        type("#attainability", "The team agreed to a daily review slot after stand-up");
        type("#relevance", "Platform delivery speed this half");
        setValue("#dueOn", due.toString());
        submit(browser.find("form#goal-form button.button--primary"));

        assertThat(browser.path()).startsWith("/goals/");
        String goalPath = browser.path();
        assertThat(browser.text(".flash--success")).contains("becomes active when your mentor agrees");
        assertThat(browser.text(".page-header .badge")).isEqualTo("Awaiting agreement");
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/agreement'] button"))).as("no agree button for the proposer").isEmpty();

        // The mentor agrees.
        browser.signIn(world.mentor().email());
        browser.go(goalPath);
        submit(browser.find("form[action$='/agreement'] button"));
        assertThat(browser.text(".page-header .badge")).isEqualTo("Active");

        // The mentee proposes a new date, first forgetting the rationale.
        browser.signIn(world.mentee().email());
        browser.go(goalPath);
        browser.find("details#revise summary").click();
        setValue("details#revise #dueOn", later.toString());
        submit(browser.find("details#revise button[type=submit]"));

        assertThat(browser.find("details#revise").getAttribute("open")).isNotNull();
        assertThat(browser.text("#rationale-error")).contains("Say why the goal should change");
        assertThat(browser.find("details#revise #dueOn").getAttribute("value")).as("what was typed stays").isEqualTo(later.toString());
        fullPage("goal-revision-without-rationale");

        type("details#revise #rationale", "Two people of the team are on leave in the first month");
        submit(browser.find("details#revise button[type=submit]"));
        assertThat(browser.text(".flash--success")).contains("Revision proposed");
        assertThat(browser.text("#pending")).contains("Revision #1", "Two people of the team are on leave");
        assertThat(browser.text("dl.dl")).as("unchanged until agreed").doesNotContain(org.tandem.shared.Format.date(later));

        // The mentor agrees; the goal changes and the history keeps before and after.
        browser.signIn(world.mentor().email());
        browser.go(goalPath);
        submit(browser.find("#pending form[action$='/agreement'] button"));

        assertThat(browser.text("dl.dl")).contains(org.tandem.shared.Format.date(later));
        assertThat(browser.text(".timeline")).contains("Revision #1", "agreed by " + world.mentor().displayName(),
                "Two people of the team are on leave");
        assertThat(browser.text(".timeline .diff__before")).endsWith(org.tandem.shared.Format.date(due));
        assertThat(browser.text(".timeline .diff__after")).endsWith(org.tandem.shared.Format.date(later));
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        fullPage("goal-history");
    }

    @Test
    void theSmartPanelUpdatesWhileTheMenteeTypes() {
        browser.signIn(world.mentee().email());
        browser.go("/mentorships/" + world.mentorship().id());
        fullPage("goal-card-on-mentorship");
        browser.clickToLoad("main a[href$='/goals']");
        assertThat(browser.path()).isEqualTo(GoalsController.path(world.mentorship().id()));
        assertThat(verdict("specific")).isEqualTo("Missing");

        type("#statement", "Run three design reviews of cross-team changes");
        browser.waitFor(d -> verdict("specific").equals("Met"));
        type("#relevance", "Platform reliability objective");
        browser.waitFor(d -> verdict("relevant").equals("Met"));

        assertThat(browser.path()).as("nothing was submitted").isEqualTo(GoalsController.path(world.mentorship().id()));
        assertThat(reads.states(World.actor(world.mentee()), world.mentorship().id())).isEmpty();
        fullPage("goal-propose-live-smart");
    }

    @Test
    void aFlatSeriesShowsAnOffTrackSignalWhoseSuggestionLeadsToTheReframe() {
        GoalId id = activeGoalWithFlatSeries();

        browser.signIn(world.mentee().email());
        browser.go(GoalController.path(id));

        assertThat(browser.text("#signals")).contains("Off track", "4 measurements", "learning goal");
        assertThat(browser.find("figure.chart svg").getAttribute("role")).isEqualTo("img");
        assertThat(browser.driver().findElements(By.cssSelector("figure.chart svg .chart__point"))).hasSize(4);
        assertThat(browser.driver().findElements(By.cssSelector("figure.chart svg .chart__projection"))).hasSize(1);
        fullPage("goal-signals-and-chart");

        browser.clickToLoad("#signals a[href*='open=reframe']");
        assertThat(browser.find("details#reframe").getAttribute("open")).isNotNull();
        type("#reframeStatement", "Demonstrate the review practice by coaching two teammates through their first reviews");
        type("#reframeIndicatorName", "Teammates coached");
        type("#reframeIndicatorUnit", "people");
        type("#reframeBaseline", "0");
        type("#reframeTarget", "2");
        type("#reframeRationale", "Reviews happen, but the survey score does not move; the skill is what grows");
        submit(browser.find("details#reframe button[type=submit]"));
        assertThat(browser.text("#pending")).contains("Learning goal", "Teammates coached");

        browser.signIn(world.mentor().email());
        browser.go(GoalController.path(id));
        submit(browser.find("#pending form[action$='/agreement'] button"));

        assertThat(browser.text("dl.dl")).contains("Learning goal", "Teammates coached");
        assertThat(browser.text(".timeline")).contains("satisfaction score by running weekly reviews");
    }

    @Test
    void theGoalPagesPassTheAccessibilityAuditForEveryoneWhoSeesThem() {
        GoalId id = activeGoalWithFlatSeries();
        Actor mentee = World.actor(world.mentee());
        Goal goal = reads.state(mentee, id).goal();
        revising.propose(mentee, id, GoalChanges.none().withTitle("Happier support customers"), "Clearer name",
                new RevisionContext("Support first", null, null), true, OptionalLong.of(goal.version()), Instant.now());

        browser.signIn(world.mentor().email());
        for (String path : List.of(GoalsController.path(world.mentorship().id()), GoalController.path(id))) {
            browser.go(path);
            browser.find("main");
            assertThat(Accessibility.seriousViolations(browser)).as(path).isEmpty();
            fullPage(path.endsWith("/goals") ? "goal-list" : "goal-pending-revision");
        }

        browser.signIn(world.lead().email());
        browser.go(GoalsController.path(world.mentorship().id()));
        assertThat(browser.text("main")).contains("Active", "A program lead sees how many goals").doesNotContain("Support satisfaction");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        fullPage("goal-counts-lead");
        browser.go(GoalController.path(id));
        assertThat(browser.text("main")).contains("not yours to see");
    }

    @Test
    void achievementNeedsBothTheMeasurementThatMeetsTheTargetOffersItAndOnlyTheOtherSideAgrees() {
        Actor mentee = World.actor(world.mentee());
        Actor mentor = World.actor(world.mentor());
        Goal proposed = lifecycle.propose(mentee, world.mentorship().id(), GoalFixtures.draft().withDueOn(today().plusDays(90)), Instant.now());
        lifecycle.agree(mentor, proposed.id(), OptionalLong.empty(), Instant.now());
        measuring.record(mentee, proposed.id(), new BigDecimal("82"), today(), "Survey of the week", Instant.now());
        String goalPath = GoalController.path(proposed.id());

        // The mentor sees the target met and proposes the achievement with what shows it.
        browser.signIn(world.mentor().email());
        browser.go(goalPath);
        assertThat(browser.text("main")).contains("The target is met. Mark the goal achieved?");
        type("#close textarea[name=evidence]", "Two surveys in a row above 80");
        submit(browser.find("#close form[action*='/achievement'] button"));

        assertThat(browser.text(".flash--success")).contains("once the other side of the pair agrees");
        assertThat(browser.text(".page-header .badge")).as("one side alone does not close it").isEqualTo("Active");
        assertThat(browser.text("#achievement")).contains("Waiting for " + world.mentee().displayName(), "Two surveys in a row above 80");
        assertThat(browser.driver().findElements(By.cssSelector("#achievement form[action$='/achievement/agreement']")))
                .as("the proposer gets no agree button").isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        fullPage("goal-achievement-proposed");

        // The lead of the program sees neither the goal nor the buttons.
        browser.signIn(world.lead().email());
        browser.go(goalPath);
        assertThat(browser.text("main")).contains("not yours to see");

        // The mentee agrees; the goal is achieved, and the history keeps both names.
        browser.signIn(world.mentee().email());
        browser.go(goalPath);
        assertThat(browser.text("#achievement")).contains("Waiting for your agreement");
        submit(browser.find("#achievement form[action$='/achievement/agreement'] button"));

        assertThat(browser.text(".page-header .badge")).isEqualTo("Achieved");
        assertThat(browser.text(".timeline")).contains("proposed by " + world.mentor().displayName(),
                "agreed by " + world.mentee().displayName(), "Two surveys in a row above 80");
    }

    @Test
    void agreeingToAGoalWithSmartGapsShowsTheGapsAndAsksToConfirm() {
        Goal proposed = lifecycle.propose(World.actor(world.mentee()), world.mentorship().id(),
                GoalFixtures.draft().withDueOn(today().plusDays(90)).withRelevance(null), Instant.now());
        String goalPath = GoalController.path(proposed.id());

        browser.signIn(world.mentor().email());
        browser.go(goalPath);
        assertThat(browser.text("#smart-gaps")).contains("Relevant:");
        submit(browser.find("#agree-form button[type=submit]"));

        assertThat(browser.text("#confirmGaps-error")).contains("The SMART check finds gaps (Relevant)");
        assertThat(browser.text(".page-header .badge")).as("nothing agreed without the confirmation").isEqualTo("Awaiting agreement");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        fullPage("goal-agree-with-gaps");

        browser.find("#confirmGaps").click();
        submit(browser.find("#agree-form button[type=submit]"));
        assertThat(browser.text(".page-header .badge")).isEqualTo("Active");
    }

    // ---------------------------------------------------------------- helpers

    private GoalId activeGoalWithFlatSeries() {
        Actor mentee = World.actor(world.mentee());
        Actor mentor = World.actor(world.mentor());
        Goal proposed = lifecycle.propose(mentee, world.mentorship().id(), GoalFixtures.draft().withDueOn(today().plusDays(90)), Instant.now());
        lifecycle.agree(mentor, proposed.id(), OptionalLong.empty(), Instant.now());
        for (int daysAgo : new int[] {30, 20, 10, 0}) {
            measuring.record(mentee, proposed.id(), new BigDecimal("41"), today().minusDays(daysAgo), daysAgo == 0 ? "Survey of the week" : null,
                    Instant.now());
        }
        return proposed.id();
    }

    /**
     * Pictures for people reviewing a run, under target/screenshots: the whole page at desktop width, and the
     * phone width in screen-sized slices (a 390 px wide picture of a long page is too thin to read).
     */
    private void fullPage(String name) {
        var window = browser.driver().manage().window();
        var js = (JavascriptExecutor) browser.driver();
        browser.desktopSize();
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
        window.setSize(new Dimension(1280, (int) Math.min(height + 140, 8000)));
        browser.screenshot(name);
        window.setSize(new Dimension(390, 844));
        long phoneHeight = (Long) js.executeScript("return document.documentElement.scrollHeight;");
        for (int slice = 0; slice * 700L < phoneHeight && slice < 10; slice++) {
            js.executeScript("window.scrollTo(0, arguments[0]);", slice * 700);
            browser.screenshot(name + "-phone-" + (slice + 1));
        }
        browser.desktopSize();
    }

    private String verdict(String property) {
        return browser.driver().findElement(By.cssSelector("[data-smart=" + property + "] .badge")).getText();
    }

    private void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take keystrokes in the browser's locale; setting the value is what a date picker does. */
    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", browser.find(css), value);
    }

    private void submit(WebElement button) {
        browser.clickToLoad(button);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }
}
