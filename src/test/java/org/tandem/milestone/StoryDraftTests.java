package org.tandem.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.goal.Direction;
import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalHistory;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.GoalSummary;
import org.tandem.mentorship.MentorshipId;

class StoryDraftTests {

    static GoalHistory history(List<GoalHistory.Point> points, List<GoalHistory.Decision> decisions) {
        var summary = new GoalSummary(new GoalId(UUID.randomUUID()), new MentorshipId(UUID.randomUUID()), "Review pull requests within a day",
                GoalKind.OUTPUT, GoalStatus.ACTIVE, "Reviews done within a day", "reviews", new BigDecimal("12"), new BigDecimal("40"),
                Direction.INCREASE, LocalDate.parse("2027-06-30"), points.isEmpty() ? null : points.getLast().value(),
                points.isEmpty() ? null : points.getLast().observedOn(), 68, List.of());
        return new GoalHistory(summary, "Review every pull request of the team within one working day", "The team ships twice as often this year",
                "Two review slots a day are blocked in the calendar", Instant.parse("2027-01-05T10:00:00Z"), points, decisions);
    }

    static GoalHistory.Point point(String value, String date, String note) {
        return new GoalHistory.Point(new BigDecimal(value), LocalDate.parse(date), note);
    }

    static Milestone reachedAt31() {
        return MilestoneTests.open("12", "30", Direction.INCREASE)
                .reachedByMeasurement(new BigDecimal("31"), Direction.INCREASE, UUID.randomUUID(), Instant.parse("2027-03-15T12:00:00Z"))
                .orElseThrow();
    }

    @Test
    void theLearningCurveTellsTheTrajectoryAndItsSteepestMonth() {
        var history = history(List.of(point("12", "2027-01-11", null), point("15", "2027-02-01", null), point("27", "2027-03-01", "Paired reviews started"),
                point("31", "2027-03-15", null)), List.of());

        Story story = StoryDraft.draft(history, reachedAt31(), "Manu");

        assertThat(story.learningCurve())
                .contains("went from 12 reviews to 31 reviews over 9 weeks")
                .contains("4 measurements")
                .contains("steepest stretch came in March, from 15 reviews to 27 reviews");
    }

    @Test
    void aSetbackIsToldNotHidden() {
        var history = history(List.of(point("12", "2027-01-11", null), point("18", "2027-02-01", null), point("14", "2027-02-15", null),
                point("31", "2027-03-15", null)), List.of());

        assertThat(StoryDraft.draft(history, reachedAt31(), "Manu").learningCurve()).contains("slipped back once, from 18 reviews to 14 reviews in February");
    }

    @Test
    void eachAppliedRevisionBecomesADecisionPointWithItsRationale() {
        var decision = new GoalHistory.Decision(2, "Reviews were fine, the team needed faster feedback more than more of it",
                "Release cadence", null, "Manu wants to learn to mentor", List.of(new FieldChange("indicator.target", "50", "40")),
                Instant.parse("2027-02-20T09:00:00Z"));

        Story story = StoryDraft.draft(history(List.of(point("31", "2027-03-15", null)), List.of(decision)), reachedAt31(), "Manu");

        assertThat(story.decisionPoints()).singleElement().asString()
                .contains("On 20 February 2027")
                .contains("the target from 50 to 40")
                .contains("revision #2")
                .contains("The reason: Reviews were fine, the team needed faster feedback more than more of it.")
                .contains("the team's priorities (Release cadence)")
                .contains("personal interests (Manu wants to learn to mentor)");
    }

    @Test
    void contextSaysWhatTheGoalWasAndWhyItMattered() {
        String context = StoryDraft.draft(history(List.of(), List.of()), reachedAt31(), "Manu").context();

        assertThat(context).startsWith("Manu set out to reach “Review pull requests within a day”, an output goal:")
                .contains("from 12 reviews to 40 reviews by 30 June 2027")
                .contains("Why it mattered: The team ships twice as often this year.");
    }

    @Test
    void theDayItWasReachedIsTheDayOnTheReadersClockNotInLondon() {
        var history = history(List.of(point("31", "2027-03-15", null)), List.of());
        Milestone lateEvening = MilestoneTests.open("12", "30", Direction.INCREASE)
                .reachedByMeasurement(new BigDecimal("31"), Direction.INCREASE, UUID.randomUUID(), Instant.parse("2027-03-15T23:30:00Z"))
                .orElseThrow();

        String inBerlin = StoryDraft.draft(history, lateEvening, "Manu", java.time.ZoneId.of("Europe/Berlin")).impact();

        assertThat(inBerlin).contains("was reached on 16 March 2027").doesNotContain("15 March 2027");
    }

    @Test
    void impactNamesHowItWasReachedWhereTheGoalStandsAndTheNotes() {
        var history = history(List.of(point("12", "2027-01-11", null), point("31", "2027-03-15", "Two juniors now review on their own")), List.of());

        String impact = StoryDraft.draft(history, reachedAt31(), "Manu").impact();

        assertThat(impact).contains("“Half way there” was reached on 15 March 2027")
                .contains("reached the threshold of 30 reviews")
                .contains("68% of the way")
                .contains("“Two juniors now review on their own”");
    }

    @Test
    void withoutMeasurementsTheLearningCurveSaysSoInsteadOfInventingNumbers() {
        Milestone byEvidence = MilestoneTests.open("12", null, Direction.INCREASE).reach(MilestoneTests.MENTEE, "The team lead said so", MilestoneTests.NOW);

        Story story = StoryDraft.draft(history(List.of(), List.of()), byEvidence, "Manu");

        assertThat(story.learningCurve()).contains("Nobody has measured");
        assertThat(story.impact()).contains("What shows it: The team lead said so.");
    }
}
