package org.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.insight.InsightReadModel.CheckInFact;
import org.tandem.insight.PairFigures.CheckInBalance;

class PairCalculusTests {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    static final Duration WINDOW = Duration.ofDays(2);

    @Test
    void adherenceIsCheckInsHeldWithinTheWindowOverCheckInsDue() {
        List<CheckInFact> checkIns = List.of(
                completed(days(-40), Duration.ZERO),
                completed(days(-26), Duration.ofDays(1)),       // a day late: still in the window
                completed(days(-12), Duration.ofDays(5)),       // five days late: held, not on time
                scheduled(days(2)));                             // not due yet

        var cadence = PairCalculus.cadence(checkIns, WINDOW, NOW);

        assertThat(cadence.due()).isEqualTo(3);
        assertThat(cadence.heldInWindow()).isEqualTo(2);
        assertThat(cadence.adherence()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void missedStreaksCountRunsOfDueCheckInsNotHeld() {
        List<CheckInFact> checkIns = List.of(missed(days(-70)), missed(days(-56)), missed(days(-42)), completed(days(-28), Duration.ZERO),
                missed(days(-14)), scheduled(days(-3)));   // past its window and never started: counts as not held

        var cadence = PairCalculus.cadence(checkIns, WINDOW, NOW);

        assertThat(cadence.longestMissedStreak()).isEqualTo(3);
        assertThat(cadence.missedStreak()).isEqualTo(2);
        assertThat(cadence.missed()).isEqualTo(5);
    }

    @Test
    void nothingDueMeansNoAdherenceRatherThanZero() {
        assertThat(PairCalculus.cadence(List.of(scheduled(days(3))), WINDOW, NOW).adherence()).isNull();
    }

    @Test
    void attainmentCountsGoalsPastTheirDueDateAsDecided() {
        var goals = PairCalculus.goals(List.of(
                new InsightReadModel.GoalFact(UUID.randomUUID(), "OUTPUT", "ACHIEVED", NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate()),
                new InsightReadModel.GoalFact(UUID.randomUUID(), "OUTPUT", "RETIRED", NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate()),
                new InsightReadModel.GoalFact(UUID.randomUUID(), "LEARNING", "ACTIVE", java.time.LocalDate.parse("2027-01-01")),
                new InsightReadModel.GoalFact(UUID.randomUUID(), "LEARNING", "ACTIVE", java.time.LocalDate.parse("2027-06-01")),
                new InsightReadModel.GoalFact(UUID.randomUUID(), "LEARNING", "PROPOSED", java.time.LocalDate.parse("2027-06-01"))), NOW);

        assertThat(goals.decided()).isEqualTo(3);
        assertThat(goals.rate()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(goals.active()).isEqualTo(2);
    }

    @Test
    void autonomyTrendIsTheLeastSquaresSlopePerCheckIn() {
        assertThat(PairCalculus.slope(new int[] {1, 2, 3, 4})).isCloseTo(1.0, within(1e-9));
        assertThat(PairCalculus.slope(new int[] {4, 4, 4})).isCloseTo(0.0, within(1e-9));
        assertThat(PairCalculus.slope(new int[] {3})).isNull();
        assertThat(PairCalculus.direction(0.4)).isEqualTo("RISING");
        assertThat(PairCalculus.direction(-0.4)).isEqualTo("FALLING");
        assertThat(PairCalculus.direction(0.0)).isEqualTo("STEADY");
    }

    @Test
    void milestonesReachedButNothingCelebratedForThreeCheckInsNudgesTheCelebration() {
        var three = List.of(bar(0.5, 0.5, 0), bar(0.6, 0.4, 0), bar(0.7, 0.3, 0));

        var nudges = Nudges.of(three, 0, 60, 0, new MilestoneFacts.Counts(2, 0));

        assertThat(nudges).extracting(PairFigures.Nudge::kind).containsExactly(Nudges.CELEBRATION_STARVED);
        assertThat(nudges.getFirst().evidence()).isEqualTo("2 milestones reached without a celebration");
    }

    @Test
    void oneCelebrationInTheLastThreeCheckInsOrTooFewCheckInsKeepsItQuiet() {
        var reached = new MilestoneFacts.Counts(2, 0);

        assertThat(Nudges.of(List.of(bar(0.5, 0.5, 0), bar(0.5, 0.3, 0.2), bar(0.5, 0.5, 0)), 0, 60, 0, reached)).isEmpty();
        assertThat(Nudges.of(List.of(bar(0.5, 0.5, 0), bar(0.5, 0.5, 0)), 0, 60, 0, reached)).isEmpty();
        assertThat(Nudges.of(List.of(bar(0.5, 0.5, 0), bar(0.5, 0.5, 0), bar(0.5, 0.5, 0)), 0, 60, 0, MilestoneFacts.Counts.NONE)).isEmpty();
    }

    @Test
    void anOffTrackGoalWithoutAnyAdjustmentDiscussedNudgesTheAdjustment() {
        var recent = List.of(bar(0.8, 0.2, 0));

        assertThat(Nudges.of(recent, 1, 0, 0, MilestoneFacts.Counts.NONE)).extracting(PairFigures.Nudge::kind)
                .containsExactly(Nudges.ADJUSTMENT_STARVED);
        assertThat(Nudges.of(recent, 1, 300, 0, MilestoneFacts.Counts.NONE)).isEmpty();
        assertThat(Nudges.of(recent, 1, 0, 1, MilestoneFacts.Counts.NONE)).isEmpty();
        assertThat(Nudges.of(recent, 0, 0, 0, MilestoneFacts.Counts.NONE)).isEmpty();
    }

    @Test
    void threeCheckInsWithAlmostNoReviewNudgeTheReview() {
        var recent = List.of(bar(0.05, 0.9, 0.05), bar(0.0, 0.5, 0.5), bar(0.09, 0.5, 0.41));

        assertThat(Nudges.of(recent, 0, 60, 0, MilestoneFacts.Counts.NONE)).extracting(PairFigures.Nudge::kind)
                .containsExactly(Nudges.REVIEW_STARVED);
    }

    static CheckInBalance bar(double r, double a, double c) {
        return new CheckInBalance(UUID.randomUUID(), NOW, Balance.shares(r, a, c));
    }

    static Instant days(int n) {
        return NOW.plus(n, ChronoUnit.DAYS);
    }

    static CheckInFact completed(Instant scheduled, Duration late) {
        return new CheckInFact(UUID.randomUUID(), scheduled, "COMPLETED", scheduled.plus(late), scheduled.plus(late).plusSeconds(2700),
                null, null, null, null);
    }

    static CheckInFact missed(Instant scheduled) {
        return new CheckInFact(UUID.randomUUID(), scheduled, "MISSED", null, null, null, null, null, null);
    }

    static CheckInFact scheduled(Instant scheduled) {
        return new CheckInFact(UUID.randomUUID(), scheduled, "SCHEDULED", null, null, null, null, null, null);
    }

}
