package org.tandem.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** A value of the goal's indicator was recorded; milestones with a threshold listen for this. */
public record MeasurementRecorded(GoalId goalId, MentorshipId mentorshipId, MeasurementId measurementId, BigDecimal value,
                                  LocalDate observedOn, PersonId recordedBy, Instant occurredAt) implements GoalEvent {
}
