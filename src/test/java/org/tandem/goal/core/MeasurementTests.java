package org.tandem.goal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.goal.core.GoalFixtures.*;

import org.junit.jupiter.api.Test;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

class MeasurementTests {

    @Test
    void eitherSideOfThePairRecordsAMeasurementOfAnActiveGoal() {
        Goal goal = activeGoal();

        Measurement m = goal.recordMeasurement(decimal("47.5"), TODAY, "  after the first reviews ", MENTOR, NOW, TODAY);

        assertThat(m.goalId()).isEqualTo(goal.id());
        assertThat(m.value()).isEqualByComparingTo("47.5");
        assertThat(m.observedOn()).isEqualTo(TODAY);
        assertThat(m.note()).isEqualTo("after the first reviews");
        assertThat(m.recordedBy()).isEqualTo(MENTOR);
        assertThat(m.recordedAt()).isEqualTo(NOW);
    }

    @Test
    void aValueObservedAfterTodayIsRefusedNamingTheField() {
        assertThatThrownBy(() -> activeGoal().recordMeasurement(decimal("50"), TODAY.plusDays(1), null, MENTEE, NOW, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("observedOn", "2027-03-02 is after today (2027-03-01); record values once they have been observed")));
    }

    @Test
    void aMeasurementWithoutValueOrDateNamesBothFields() {
        assertThatThrownBy(() -> activeGoal().recordMeasurement(null, null, null, MENTEE, NOW, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("value", "observedOn"));
    }

    @Test
    void someoneOutsideThePairCannotRecordMeasurements() {
        assertThatThrownBy(() -> activeGoal().recordMeasurement(decimal("50"), TODAY, null, OUTSIDER, NOW, TODAY))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aGoalNobodyAgreedToYetTakesNoMeasurements() {
        assertThatThrownBy(() -> proposedGoal().recordMeasurement(decimal("50"), TODAY, null, MENTEE, NOW, TODAY))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anAchievedGoalStillTakesMeasurementsSoASkillCanBeRecheckedLater() {
        assertThat(achievedGoal().recordMeasurement(decimal("82"), TODAY, null, MENTEE, NOW, TODAY).value()).isEqualByComparingTo("82");
    }

    @Test
    void aRetiredGoalTakesNoMeasurements() {
        assertThatThrownBy(() -> retiredGoal().recordMeasurement(decimal("50"), TODAY, null, MENTEE, NOW, TODAY))
                .isInstanceOf(InvalidStateException.class);
    }
}
