package org.tandem.goal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.goal.core.GoalFixtures.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.goal.Direction;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.signals.Progress.Basis;
import org.tandem.goal.signals.Progress.Projection;

/** The fixture goal runs from 40 to 80 points, agreed on 2027-03-01 and due 120 days later on 2027-06-29. */
class ProgressTests {

    final Goal goal = activeGoal();

    @Test
    void withoutMeasurementsThereIsNoProgressAndNoProjection() {
        Progress progress = Progress.of(goal, List.of());

        assertThat(progress.latest()).isNull();
        assertThat(progress.percent()).isZero();
        assertThat(progress.targetReached()).isFalse();
        assertThat(progress.projection()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] latest {0} -> {1}% shown, {2}% raw")
    @CsvSource({"40, 0, 0", "50, 25, 25", "79.96, 99, 99", "80, 100, 100", "85, 100, 112", "35, 0, -13"})
    void percentIsTheShareOfTheWayFromBaselineToTargetClampedForDisplay(String latest, int shown, int raw) {
        Progress progress = Progress.of(goal, List.of(measured(goal, latest, TODAY.plusDays(10))));

        assertThat(progress.percent()).isEqualTo(shown);
        assertThat(progress.rawPercent()).isEqualTo(raw);
        assertThat(progress.latest()).isEqualByComparingTo(latest);
    }

    @Test
    void percentRespectsAnIndicatorThatShouldDecrease() {
        Goal latency = activeGoal(draft().withIndicator("p95 latency", "ms", decimal("900"), decimal("300"), Direction.DECREASE));

        Progress progress = Progress.of(latency, List.of(measured(latency, "700", TODAY.plusDays(10))));

        assertThat(progress.percent()).isEqualTo(33);
    }

    @Test
    void aLinearSeriesIsProjectedByLeastSquaresToTheDueDate() {
        Progress progress = Progress.of(goal, series(goal, TODAY, 10, "40", "45", "50"));

        Projection projection = progress.projection().orElseThrow();
        assertThat(projection.basis()).isEqualTo(Basis.LEAST_SQUARES);
        assertThat(projection.valueAtDue()).isEqualByComparingTo("100");
        assertThat(projection.reachesTarget()).isTrue();
        assertThat(projection.reachedOn()).contains(TODAY.plusDays(80));
    }

    @Test
    void aNoisySeriesIsProjectedAlongItsBestFittingLine() {
        // Slope 0.4 a day through 41.5 on day 0: 89.5 on day 120, and 80 is first reached on day 97.
        Progress progress = Progress.of(goal, series(goal, TODAY, 10, "40", "50", "45", "55"));

        Projection projection = progress.projection().orElseThrow();
        assertThat(projection.valueAtDue()).isEqualByComparingTo("89.5");
        assertThat(projection.reachedOn()).contains(TODAY.plusDays(97));
    }

    @Test
    void aSingleMeasurementIsProjectedFromTheBaselineAtAgreement() {
        Progress progress = Progress.of(goal, List.of(measured(goal, "50", TODAY.plusDays(20))));

        Projection projection = progress.projection().orElseThrow();
        assertThat(projection.basis()).isEqualTo(Basis.FROM_BASELINE);
        assertThat(projection.valueAtDue()).isEqualByComparingTo("100");
        assertThat(projection.reachedOn()).contains(TODAY.plusDays(80));
    }

    @Test
    void aSingleMeasurementOnTheDayOfAgreementProjectsNothing() {
        assertThat(Progress.of(goal, List.of(measured(goal, "45", TODAY))).projection()).isEmpty();
    }

    @Test
    void aFlatSeriesNeverReachesTheTarget() {
        Projection projection = Progress.of(goal, series(goal, TODAY, 14, "42", "42", "42")).projection().orElseThrow();

        assertThat(projection.valueAtDue()).isEqualByComparingTo("42");
        assertThat(projection.reachesTarget()).isFalse();
        assertThat(projection.reachedOn()).isEmpty();
    }

    @Test
    void aSeriesMovingAwayFromTheTargetNeverReachesIt() {
        Projection projection = Progress.of(goal, series(goal, TODAY, 14, "40", "38", "36")).projection().orElseThrow();

        assertThat(projection.reachesTarget()).isFalse();
        assertThat(projection.reachedOn()).isEmpty();
    }

    @Test
    void aDecreasingIndicatorIsProjectedTowardItsLowerTarget() {
        Goal latency = activeGoal(draft().withIndicator("p95 latency", "ms", decimal("900"), decimal("300"), Direction.DECREASE));

        Projection projection = Progress.of(latency, series(latency, TODAY, 30, "900", "800", "700")).projection().orElseThrow();

        assertThat(projection.valueAtDue()).isEqualByComparingTo("500");
        assertThat(projection.reachesTarget()).isFalse();
        assertThat(projection.reachedOn()).contains(TODAY.plusDays(180));
    }

    @Test
    void aReachedTargetReportsTheFirstDayItWasReached() {
        Progress progress = Progress.of(goal, series(goal, TODAY, 10, "60", "80", "85"));

        assertThat(progress.targetReached()).isTrue();
        assertThat(progress.projection().orElseThrow().reachesTarget()).isTrue();
        assertThat(progress.projection().orElseThrow().reachedOn()).contains(TODAY.plusDays(10));
    }

    @Test
    void theOrderMeasurementsArriveInDoesNotMatter() {
        List<Measurement> inOrder = series(goal, TODAY, 10, "40", "50", "45", "55");
        List<Measurement> shuffled = new ArrayList<>(inOrder);
        Collections.reverse(shuffled);

        assertThat(Progress.of(goal, shuffled)).isEqualTo(Progress.of(goal, inOrder));
        assertThat(Progress.of(goal, shuffled).latest()).isEqualByComparingTo("55");
    }
}
