package org.tandem.goal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.goal.core.GoalFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tandem.goal.Effort;
import org.tandem.goal.GoalKind;
import org.tandem.goal.Signal;
import org.tandem.goal.Signal.Move;
import org.tandem.goal.SignalKind;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.Measurement;

/** The fixture goal runs from 40 to 80 points, agreed on 2027-03-01 and due 120 days later on 2027-06-29. */
class GoalSignalsTests {

    static final int EVERY_TWO_WEEKS = 14;
    static final LocalDate DAY_40 = TODAY.plusDays(40);

    final Goal goal = activeGoal();
    /** Two points in forty days toward a target forty points away. */
    final List<Measurement> flat = series(goal, TODAY, 20, "40", "41", "42");
    final Effort busyWeeks = Effort.of(4, new BigDecimal("12"), TODAY, DAY_40);

    static Optional<Signal> find(List<Signal> signals, SignalKind kind) {
        return signals.stream().filter(s -> s.kind() == kind).findFirst();
    }

    @Test
    void aFlatSeriesTowardAFarTargetIsOffTrackAndWithEffortShowsEffortWithoutImpact() {
        List<Signal> signals = GoalSignals.of(goal, flat, busyWeeks, EVERY_TWO_WEEKS, DAY_40);

        assertThat(signals).extracting(Signal::kind).containsExactly(SignalKind.OFF_TRACK, SignalKind.EFFORT_WITHOUT_IMPACT);
        assertThat(signals).allSatisfy(s -> assertThat(s.goalId()).isEqualTo(goal.id()));
    }

    @Test
    void offTrackEvidenceIsInNumbers() {
        Signal offTrack = find(GoalSignals.of(goal, flat, Effort.none(), EVERY_TWO_WEEKS, DAY_40), SignalKind.OFF_TRACK).orElseThrow();

        assertThat(offTrack.message()).isEqualTo("At the measured pace this goal misses its target on the due date.");
        assertThat(offTrack.evidence()).isEqualTo("3 measurements over 40 days moved 2 of 40 points; "
                + "projected 46 points at the due date 2027-06-29 vs target 80 points.");
    }

    @Test
    void effortWithoutImpactEvidenceNamesTheWorkAndTheMovement() {
        Signal signal = find(GoalSignals.of(goal, flat, busyWeeks, EVERY_TWO_WEEKS, DAY_40), SignalKind.EFFORT_WITHOUT_IMPACT).orElseThrow();

        assertThat(signal.evidence()).isEqualTo("4 action items done and 12 hours spent between 2027-03-01 and 2027-04-10; "
                + "meanwhile the indicator moved 2 of 40 points (5% of the distance still open, below 10%).");
    }

    @Test
    void anOutputGoalThatStallsIsSuggestedToBeReframedAsALearningGoal() {
        List<Signal> signals = GoalSignals.of(goal, flat, busyWeeks, EVERY_TWO_WEEKS, DAY_40);

        assertThat(signals).extracting(s -> s.suggestion().move()).containsOnly(Move.REFRAME_AS_LEARNING);
        assertThat(signals.getFirst().suggestion().text()).contains("reframing it as a learning goal");
    }

    @Test
    void aLearningGoalThatStallsIsSuggestedToBeSplit() {
        Goal learning = activeGoal(draft().withKind(GoalKind.LEARNING));
        List<Measurement> stalled = series(learning, TODAY, 20, "40", "41", "42");

        List<Signal> signals = GoalSignals.of(learning, stalled, busyWeeks, EVERY_TWO_WEEKS, DAY_40);

        assertThat(signals).extracting(s -> s.suggestion().move()).containsOnly(Move.SPLIT_GOAL);
    }

    @Test
    void aGoalThatWouldBeReachedSomewhatLaterIsSuggestedANewDueDate() {
        // 10 points in 40 days: 70 on the due date, 80 on day 160.
        List<Measurement> slow = series(goal, TODAY, 20, "40", "45", "50");

        Signal offTrack = find(GoalSignals.of(goal, slow, Effort.none(), EVERY_TWO_WEEKS, DAY_40), SignalKind.OFF_TRACK).orElseThrow();

        assertThat(offTrack.suggestion().move()).isEqualTo(Move.MOVE_DEADLINE);
        assertThat(offTrack.suggestion().text()).startsWith("At this pace the target is reached around 2027-08-08.");
    }

    @Test
    void workThatMovesTheIndicatorMeaningfullyIsNotFlagged() {
        List<Measurement> moving = series(goal, TODAY, 20, "40", "45", "50");

        assertThat(find(GoalSignals.of(goal, moving, busyWeeks, EVERY_TWO_WEEKS, DAY_40), SignalKind.EFFORT_WITHOUT_IMPACT)).isEmpty();
    }

    @Test
    void withoutRecordedEffortThereIsNoEffortSignal() {
        assertThat(find(GoalSignals.of(goal, flat, Effort.none(), EVERY_TWO_WEEKS, DAY_40), SignalKind.EFFORT_WITHOUT_IMPACT)).isEmpty();
    }

    @Test
    void littleEffortIsNotEnoughToCallItEffortWithoutImpact() {
        Effort little = Effort.of(2, new BigDecimal("9.5"), TODAY, DAY_40);

        assertThat(find(GoalSignals.of(goal, flat, little, EVERY_TWO_WEEKS, DAY_40), SignalKind.EFFORT_WITHOUT_IMPACT)).isEmpty();
    }

    @Test
    void hoursAloneCountAsEffort() {
        Effort hours = Effort.of(0, new BigDecimal("10"), TODAY, DAY_40);

        Signal signal = find(GoalSignals.of(goal, flat, hours, EVERY_TWO_WEEKS, DAY_40), SignalKind.EFFORT_WITHOUT_IMPACT).orElseThrow();

        assertThat(signal.evidence()).startsWith("10 hours spent between");
    }

    @Test
    void effortInAWindowWithoutMeasurementsSaysNothingAboutImpact() {
        Effort later = Effort.of(5, BigDecimal.ZERO, DAY_40, DAY_40.plusDays(14));

        assertThat(find(GoalSignals.of(goal, flat, later, EVERY_TWO_WEEKS, DAY_40.plusDays(14)), SignalKind.EFFORT_WITHOUT_IMPACT)).isEmpty();
    }

    @Test
    void aGoalOnTrackAndRecentlyMeasuredHasNoSignals() {
        List<Measurement> onTrack = series(goal, TODAY, 20, "40", "50", "60");

        assertThat(GoalSignals.of(goal, onTrack, busyWeeks, EVERY_TWO_WEEKS, DAY_40)).isEmpty();
    }

    @Test
    void aGoalIsStaleOnlyAfterMoreThanTwoCadenceIntervalsWithoutMeasurement() {
        List<Measurement> onTrack = series(goal, TODAY, 20, "40", "50", "60");

        assertThat(find(GoalSignals.of(goal, onTrack, Effort.none(), EVERY_TWO_WEEKS, DAY_40.plusDays(28)), SignalKind.STALE)).isEmpty();
        Signal stale = find(GoalSignals.of(goal, onTrack, Effort.none(), EVERY_TWO_WEEKS, DAY_40.plusDays(29)), SignalKind.STALE).orElseThrow();
        assertThat(stale.message()).isEqualTo("No measurement for 29 days.");
        assertThat(stale.evidence()).isEqualTo("The last measurement is from 2027-04-10; check-ins are every 14 days.");
        assertThat(stale.suggestion().move()).isEqualTo(Move.RECORD_MEASUREMENT);
    }

    @Test
    void aGoalNeverMeasuredIsStaleCountingFromItsAgreement() {
        Signal stale = find(GoalSignals.of(goal, List.of(), Effort.none(), EVERY_TWO_WEEKS, TODAY.plusDays(29)), SignalKind.STALE).orElseThrow();

        assertThat(stale.evidence()).isEqualTo("Nothing was measured since the goal was agreed on 2027-03-01; check-ins are every 14 days.");
    }

    @Test
    void aGoalIsDueSoonWithinFourteenDaysOfItsDueDate() {
        List<Measurement> onTrack = series(goal, TODAY, 20, "40", "50", "60");

        assertThat(find(GoalSignals.of(goal, onTrack, Effort.none(), EVERY_TWO_WEEKS, DUE.minusDays(15)), SignalKind.DUE_SOON)).isEmpty();
        Signal dueSoon = find(GoalSignals.of(goal, onTrack, Effort.none(), EVERY_TWO_WEEKS, DUE.minusDays(14)), SignalKind.DUE_SOON).orElseThrow();
        assertThat(dueSoon.message()).isEqualTo("Due in 14 days and the target is not reached yet.");
        assertThat(dueSoon.evidence()).isEqualTo("Now at 60 points (50% of the way), target 80 points due on 2027-06-29.");
        assertThat(dueSoon.suggestion().move()).isEqualTo(Move.FINISH_OR_CLOSE);
    }

    @Test
    void aGoalDueSoonAndBehindIsSuggestedANewDate() {
        Signal dueSoon = find(GoalSignals.of(goal, flat, Effort.none(), EVERY_TWO_WEEKS, DUE.minusDays(3)), SignalKind.DUE_SOON).orElseThrow();

        assertThat(dueSoon.suggestion().move()).isEqualTo(Move.MOVE_DEADLINE);
    }

    @Test
    void aGoalPastItsDueDateIsOverdueRatherThanOffTrackOrDueSoon() {
        List<Signal> signals = GoalSignals.of(goal, series(goal, TODAY, 40, "40", "50", "60", "62"), Effort.none(), EVERY_TWO_WEEKS, DUE.plusDays(3));

        assertThat(signals).extracting(Signal::kind).containsExactly(SignalKind.OVERDUE);
        assertThat(signals.getFirst().message()).isEqualTo("The due date passed 3 days ago without the target being reached.");
    }

    @Test
    void aReachedTargetSilencesTheAdjustmentSignals() {
        List<Measurement> reached = series(goal, TODAY, 20, "40", "60", "80");

        assertThat(GoalSignals.of(goal, reached, busyWeeks, EVERY_TWO_WEEKS, DUE.minusDays(5))).extracting(Signal::kind)
                .doesNotContain(SignalKind.OFF_TRACK, SignalKind.EFFORT_WITHOUT_IMPACT, SignalKind.DUE_SOON);
    }

    @Test
    void onlyActiveGoalsGetSignals() {
        assertThat(GoalSignals.of(proposedGoal(), List.of(), busyWeeks, EVERY_TWO_WEEKS, DUE.plusDays(30))).isEmpty();
        assertThat(GoalSignals.of(achievedGoal(), List.of(), busyWeeks, EVERY_TWO_WEEKS, DUE.plusDays(30))).isEmpty();
    }

    @Test
    void measurementsOfAnotherGoalAreRefused() {
        Goal other = activeGoal();

        assertThatThrownBy(() -> GoalSignals.of(goal, series(other, TODAY, 20, "40", "41"), Effort.none(), EVERY_TWO_WEEKS, DAY_40))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void effortIsNeverNegativeAndAlwaysHasItsWindow() {
        assertThatThrownBy(() -> Effort.of(-1, BigDecimal.ZERO, TODAY, DAY_40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Effort(3, BigDecimal.ZERO, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Effort.of(3, BigDecimal.ZERO, DAY_40, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Effort.none().isNone()).isTrue();
    }
}
