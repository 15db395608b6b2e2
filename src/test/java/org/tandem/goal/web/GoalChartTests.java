package org.tandem.goal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.goal.core.GoalFixtures.TODAY;
import static org.tandem.goal.core.GoalFixtures.activeGoal;
import static org.tandem.goal.core.GoalFixtures.series;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.goal.core.Goal;

class GoalChartTests {

    @Test
    void withoutMeasurementsThereIsNoChart() {
        assertThat(GoalChart.of(activeGoal(), List.of())).isEmpty();
    }

    @Test
    void aChartPlacesEveryMeasurementTheTargetTheDueDateAndTheProjectionInsideThePlot() {
        Goal goal = activeGoal();
        GoalChart chart = GoalChart.of(goal, series(goal, TODAY, 10, "40", "46", "52")).orElseThrow();

        assertThat(chart.points()).hasSize(3).allSatisfy(p -> {
            assertThat(p.x()).isBetween(GoalChart.LEFT, GoalChart.RIGHT);
            assertThat(p.y()).isBetween(GoalChart.TOP, GoalChart.BOTTOM);
        });
        assertThat(chart.points().getFirst().y()).as("higher values are drawn higher").isGreaterThan(chart.points().getLast().y());
        assertThat(chart.target().y1()).isBetween(GoalChart.TOP, GoalChart.BOTTOM).isLessThan(chart.points().getLast().y());
        assertThat(chart.target().label()).isEqualTo("Target 80 points");
        assertThat(chart.due().x1()).isEqualTo(GoalChart.RIGHT);
        assertThat(chart.due().label()).isEqualTo("Due 29 Jun");
        assertThat(chart.projection()).isNotNull();
        assertThat(chart.projection().x2()).isEqualTo(chart.due().x1());
        assertThat(chart.line().split(" ")).hasSize(3);
    }

    @Test
    void theDescriptionGivesTheNumbersAsText() {
        Goal goal = activeGoal();
        GoalChart chart = GoalChart.of(goal, series(goal, TODAY, 10, "40", "41", "40")).orElseThrow();

        assertThat(chart.description()).contains("Baseline 40 points", "target 80 points", "3 measurements", "41 on",
                "reaches 40.33 points on the due date");
    }

    @Test
    void stepsAreRoundNumbers() {
        assertThat(GoalChart.niceStep(40)).isEqualTo(10);
        assertThat(GoalChart.niceStep(7)).isEqualTo(2);
        assertThat(GoalChart.niceStep(0.3)).isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(GoalChart.niceStep(0)).isEqualTo(1);
    }
}
