package org.tandem.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/** A value of the goal's indicator was recorded; milestones with a threshold listen for this, in
 * the transaction that stored the measurement. */
public record MeasurementRecorded(OrganizationId organizationId, GoalId goalId, MentorshipId mentorshipId, MeasurementId measurementId, BigDecimal value,
                                  LocalDate observedOn, PersonId recordedBy, Instant occurredAt) implements GoalEvent {
}
