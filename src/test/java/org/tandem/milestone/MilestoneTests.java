package org.tandem.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.goal.Direction;
import org.tandem.goal.GoalId;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;

class MilestoneTests {

    static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");
    static final PersonId MENTEE = new PersonId(UUID.randomUUID());

    static Milestone open(String baseline, String threshold, Direction direction) {
        return Milestone.plan(new OrganizationId(UUID.randomUUID()), new MentorshipId(UUID.randomUUID()), new GoalId(UUID.randomUUID()),
                new Milestone.GoalLine(new BigDecimal(baseline), direction), "Half way there", threshold == null ? null : new BigDecimal(threshold),
                LocalDate.parse("2027-04-01"), MENTEE, NOW.minusSeconds(86_400));
    }

    @Test
    void aMeasurementAtOrAboveTheThresholdReachesAnIncreasingMilestone() {
        Milestone milestone = open("12", "20", Direction.INCREASE);
        UUID measurement = UUID.randomUUID();

        var reached = milestone.reachedByMeasurement(new BigDecimal("20"), Direction.INCREASE, measurement, NOW).orElseThrow();

        assertThat(reached.status()).isEqualTo(Milestone.Status.REACHED);
        assertThat(reached.reachedAt()).isEqualTo(NOW);
        assertThat(reached.reachedBy()).as("nobody clicked").isNull();
        assertThat(reached.measurementId()).isEqualTo(measurement);
        assertThat(reached.reachedAutomatically()).isTrue();
        assertThat(reached.evidence()).contains("20");
    }

    @Test
    void aMeasurementAtOrBelowTheThresholdReachesADecreasingMilestone() {
        Milestone milestone = open("40", "25", Direction.DECREASE);

        assertThat(milestone.reachedByMeasurement(new BigDecimal("24.5"), Direction.DECREASE, UUID.randomUUID(), NOW)).isPresent();
    }

    @Test
    void aMeasurementShortOfTheThresholdLeavesItOpen() {
        assertThat(open("12", "20", Direction.INCREASE).reachedByMeasurement(new BigDecimal("19.99"), Direction.INCREASE, UUID.randomUUID(), NOW))
                .isEmpty();
        assertThat(open("40", "25", Direction.DECREASE).reachedByMeasurement(new BigDecimal("26"), Direction.DECREASE, UUID.randomUUID(), NOW))
                .isEmpty();
    }

    @Test
    void aValuePastTheThresholdTheWrongWayDoesNotReachIt() {
        Milestone decreasing = open("40", "25", Direction.DECREASE);

        assertThat(decreasing.reachedByMeasurement(new BigDecimal("60"), Direction.DECREASE, UUID.randomUUID(), NOW)).isEmpty();
    }

    @Test
    void aMilestoneWithoutThresholdIsNeverReachedByNumbers() {
        assertThat(open("12", null, Direction.INCREASE).reachedByMeasurement(new BigDecimal("1000"), Direction.INCREASE, UUID.randomUUID(), NOW))
                .isEmpty();
    }

    @Test
    void anAlreadyReachedMilestoneIsNotReachedAgainByALaterMeasurement() {
        Milestone reached = open("12", "20", Direction.INCREASE)
                .reachedByMeasurement(new BigDecimal("21"), Direction.INCREASE, UUID.randomUUID(), NOW).orElseThrow();

        assertThat(reached.reachedByMeasurement(new BigDecimal("30"), Direction.INCREASE, UUID.randomUUID(), NOW.plusSeconds(60))).isEmpty();
        assertThatThrownBy(() -> reached.reach(MENTEE, "We shipped it", NOW.plusSeconds(60))).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aPersonReachesItWithEvidence() {
        Milestone reached = open("12", null, Direction.INCREASE).reach(MENTEE, "  The team adopted the runbook in the March review ", NOW);

        assertThat(reached.isReached()).isTrue();
        assertThat(reached.reachedBy()).isEqualTo(MENTEE);
        assertThat(reached.evidence()).isEqualTo("The team adopted the runbook in the March review");
        assertThat(reached.reachedAutomatically()).isFalse();
    }

    @Test
    void reachingWithoutEvidenceIsRefusedNamingTheField() {
        assertThatThrownBy(() -> open("12", null, Direction.INCREASE).reach(MENTEE, "  ", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactly("evidence"));
    }

    @Test
    void aThresholdBehindTheBaselineOrATitleMissingIsRefused() {
        assertThatThrownBy(() -> Milestone.plan(new OrganizationId(UUID.randomUUID()), new MentorshipId(UUID.randomUUID()),
                new GoalId(UUID.randomUUID()), new Milestone.GoalLine(new BigDecimal("40"), Direction.INCREASE), " ", new BigDecimal("30"), null,
                MENTEE, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactly("title", "threshold"));
    }
}
