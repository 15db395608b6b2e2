package org.tandem.goal.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.goal.core.GoalFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.goal.Direction;
import org.tandem.goal.GoalKind;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalDraft;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.smart.SmartVerdict.Verdict;

class SmartCheckTests {

    @Test
    void aWellFormedGoalPassesAllFiveChecks() {
        SmartVerdict verdict = SmartCheck.check(draft(), TODAY);

        assertThat(verdict.failing()).isEmpty();
        assertThat(verdict.specific().message()).isEqualTo("Names the action \"raise\" and what it applies to.");
        assertThat(verdict.measurable().message()).isEqualTo("Measured by Satisfaction score: from 40 to 80 points.");
        assertThat(verdict.timeBound().message()).isEqualTo("Due on 2027-06-29, in 120 days.");
    }

    @Test
    void anEmptyDraftIsAnsweredForEveryPropertyWithWhatIsMissing() {
        SmartVerdict verdict = SmartCheck.check(GoalDraft.empty(), TODAY);

        assertThat(verdict.failing()).containsExactly("specific", "measurable", "attainable", "relevant", "timeBound");
        assertThat(verdict.measurable().message()).isEqualTo("Not measurable yet: add an indicator (what you will count or rate), "
                + "its unit, a baseline (its value today), a target and a direction (increase or decrease).");
        assertThat(verdict.timeBound().message()).startsWith("Set a due date");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" specific={1}")
    @CsvSource(delimiter = '|', textBlock = """
            Publish a setup guide for the data pipeline                                    | true
            Present the Q3 platform roadmap at the engineering all-hands                   | true
            Cut p95 checkout latency from 900 ms to 300 ms                                 | true
            Migrate the billing service from the legacy queue to Kafka                     | true
            Teach two new hires how to run the deployment pipeline                         | true
            Lead the incident review for every severity-one outage this quarter            | true
            I will write integration tests for the payments adapter                        | true
            Demonstrate query tuning by halving the slowest report's runtime               | true
            Pass the CKA exam with the platform team's study group                         | true
            Run three design reviews with the mobile team                                  | true
            Improve onboarding by writing a checklist for new support hires                | true
            Get better at design by reviewing two RFCs per month with a staff engineer     | true
            Shipped the export feature for enterprise customers                            | true
            Improve communication                                                          | false
            Improve communication with stakeholders across the company                    | false
            Get better at public speaking in front of large groups                         | false
            Get better at writing design documents for the team                            | false
            Be a better leader for my team and peers                                       | false
            Try to ship more features this quarter                                         | false
            Focus on delivering quality and being more proactive                           | false
            Learn Kubernetes and understand cloud infrastructure                           | false
            Grow as an engineer and as a person                                            | false
            Ship it                                                                        | false
            Write more                                                                     | false
            Write more things for myself                                                   | false
            Leadership                                                                     | false
            Strategic thinking and executive presence in meetings                          | false
            """)
    void aStatementIsSpecificWhenItNamesAConcreteActionAndItsObject(String statement, boolean specific) {
        assertThat(SmartCheck.check(draft().withStatement(statement), TODAY).specific().ok()).isEqualTo(specific);
    }

    @Test
    void aVagueStatementIsToldWhichWordsAreTheWishAndHowToFixIt() {
        Verdict verdict = SmartCheck.check(draft().withStatement("Get better at public speaking"), TODAY).specific();

        assertThat(verdict.message()).startsWith("\"get better at\" names a wish rather than an action.")
                .contains("Say what you will actually do and to what");
    }

    @Test
    void anActionWithoutAnObjectIsToldToNameTheThing() {
        Verdict verdict = SmartCheck.check(draft().withStatement("I will write more soon"), TODAY).specific();

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.message()).startsWith("\"write\" is an action, but the statement does not say what it acts on.");
    }

    static Stream<Arguments> indicators() {
        return Stream.of(
                Arguments.of("complete increase", "Score", "points", "40", "80", Direction.INCREASE, true, "Measured by Score"),
                Arguments.of("complete decrease", "p95 latency", "ms", "900", "300", Direction.DECREASE, true, "Measured by p95 latency"),
                Arguments.of("a percentage", "Test coverage", "%", "60", "80", Direction.INCREASE, true, "from 60 to 80%."),
                Arguments.of("no unit", "Score", " ", "40", "80", Direction.INCREASE, false, "add its unit."),
                Arguments.of("placeholder name", "n/a", "points", "40", "80", Direction.INCREASE, false, "add an indicator"),
                Arguments.of("no baseline", "Score", "points", null, "80", Direction.INCREASE, false, "a baseline (its value today)"),
                Arguments.of("no target", "Score", "points", "40", null, Direction.INCREASE, false, "a target"),
                Arguments.of("no direction", "Score", "points", "40", "80", null, false, "a direction (increase or decrease)"),
                Arguments.of("target equals baseline", "Score", "points", "40", "40.0", Direction.INCREASE, false, "The target equals the baseline (40)"),
                Arguments.of("target below baseline for increase", "Score", "points", "40", "30", Direction.INCREASE, false, "wrong side of the baseline 40"),
                Arguments.of("target above baseline for decrease", "p95 latency", "ms", "300", "900", Direction.DECREASE, false, "should decrease"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("indicators")
    void anIndicatorIsMeasurableWithNameUnitAndATargetThatMovesTheStatedWay(String why, String name, String unit, String baseline,
                                                                           String target, Direction direction, boolean ok, String says) {
        GoalDraft d = draft().withIndicator(name, unit, number(baseline), number(target), direction);

        Verdict verdict = SmartCheck.check(d, TODAY).measurable();

        assertThat(verdict.ok()).isEqualTo(ok);
        assertThat(verdict.message()).contains(says);
    }

    @ParameterizedTest(name = "[{index}] relevance \"{0}\" ok={1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Support quality objective for this year | true
            Q3 checkout reliability                 | true
            Growing the data platform team          | true
            NULL                                    | false
            n/a                                     | false
            N/A                                     | false
            TBD                                     | false
            -                                       | false
            ???                                     | false
            career                                  | false
            same as above                           | false
            """)
    void aGoalIsRelevantWhenItNamesARealPriority(String relevance, boolean ok) {
        assertThat(SmartCheck.check(draft().withRelevance(relevance), TODAY).relevant().ok()).isEqualTo(ok);
    }

    @ParameterizedTest(name = "[{index}] due in {0} days ok={1}")
    @CsvSource({"-30, false", "0, false", "1, true", "120, true", "1096, true", "1097, false", "3650, false"})
    void aGoalIsTimeBoundWhenDueAfterTodayAndWithinThreeYears(int daysAhead, boolean ok) {
        // 2027-03-01 plus three years is 2030-03-01, which is 1096 days later.
        assertThat(SmartCheck.check(draft().withDueOn(TODAY.plusDays(daysAhead)), TODAY).timeBound().ok()).isEqualTo(ok);
    }

    @Test
    void aGoalWithoutDueDateIsNotTimeBound() {
        assertThat(SmartCheck.check(draft().withDueOn(null), TODAY).timeBound())
                .isEqualTo(Verdict.missing("Set a due date, so both of you know when to judge the result."));
    }

    @ParameterizedTest(name = "[{index}] note \"{0}\" ok={1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Two hours a week are reserved and the lead coaches me | true
            Did something similar last year                       | true
            NULL                                                  | false
            tbd                                                   | false
            yes                                                   | false
            should be fine                                        | true
            easy                                                  | false
            """)
    void aGoalIsAttainableWhenANoteSaysWhyItIsWithinReach(String note, boolean ok) {
        assertThat(SmartCheck.check(draft().withAttainability(note), TODAY).attainable().ok()).isEqualTo(ok);
    }

    @Test
    void aTargetNeedingMoreThanThreeTimesThePaceSoFarIsNotAttainable() {
        // Five points a month so far (40 -> 45 over 30 days); 35 more points in 60 days needs about 17.8 a month.
        Goal goal = activeGoal();
        LocalDate today = TODAY.plusDays(30);
        List<Measurement> history = List.of(measured(goal, "40", TODAY), measured(goal, "45", today));

        Verdict verdict = SmartCheck.check(goal.terms().toDraft().withDueOn(today.plusDays(60)), today, history).attainable();

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.message()).startsWith("Reaching 80 by 2027-05-30 needs 17.76 per month, more than 3 times the 5.07 per month");
    }

    @Test
    void aTargetWithinThreeTimesThePaceSoFarIsAttainable() {
        Goal goal = activeGoal();
        LocalDate today = TODAY.plusDays(30);
        List<Measurement> history = List.of(measured(goal, "40", TODAY), measured(goal, "45", today));

        assertThat(SmartCheck.check(goal.terms().toDraft().withDueOn(today.plusDays(180)), today, history).attainable().ok()).isTrue();
    }

    @Test
    void measurementsThatNeverMovedTowardTheTargetMakeItUnattainable() {
        Goal goal = activeGoal();
        LocalDate today = TODAY.plusDays(28);
        List<Measurement> flat = series(goal, TODAY, 14, "40", "40", "39");

        Verdict verdict = SmartCheck.check(goal.terms().toDraft(), today, flat).attainable();

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.message()).startsWith("The 3 measurements from 2027-03-01 to 2027-03-29 show no movement toward the target");
    }

    static Stream<Arguments> exampleGoals() {
        GoalDraft good = draft();
        return Stream.of(
                Arguments.of("a complete output goal", good, List.of()),
                Arguments.of("a learning goal with a rubric", good.withKind(GoalKind.LEARNING)
                        .withStatement("Demonstrate incident command by leading two game days for the payments team")
                        .withIndicator("Incident command rubric", "level", number("1"), number("3"), Direction.INCREASE), List.of()),
                Arguments.of("a wish with nothing else", GoalDraft.empty().withStatement("Get better at leadership"),
                        List.of("specific", "measurable", "attainable", "relevant", "timeBound")),
                Arguments.of("only the date is missing", good.withDueOn(null), List.of("timeBound")),
                Arguments.of("vague but otherwise complete", good.withStatement("Improve customer happiness overall"), List.of("specific")),
                Arguments.of("placeholders for the soft parts", good.withAttainability("n/a").withRelevance("tbd"), List.of("attainable", "relevant")),
                Arguments.of("a decade away with a flat target", good.withDueOn(TODAY.plusYears(10))
                        .withIndicator("Score", "points", number("40"), number("40"), Direction.INCREASE), List.of("measurable", "timeBound")),
                Arguments.of("overdue and upside down", good.withDueOn(TODAY.minusDays(1))
                        .withIndicator("Latency", "ms", number("300"), number("900"), Direction.DECREASE), List.of("measurable", "timeBound")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("exampleGoals")
    void exampleGoalsFailExactlyThePropertiesTheyMiss(String why, GoalDraft draft, List<String> failing) {
        assertThat(SmartCheck.check(draft, TODAY).failing()).containsExactlyElementsOf(failing);
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
