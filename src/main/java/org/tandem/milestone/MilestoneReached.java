package org.tandem.milestone;

import java.math.BigDecimal;
import java.time.Instant;
import org.tandem.goal.GoalId;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/**
 * A milestone was reached: by a measurement ({@code reachedBy} null, {@code value} the measured value) or by a
 * person with evidence ({@code value} null).
 */
public record MilestoneReached(OrganizationId organizationId, MilestoneId milestoneId, GoalId goalId, MentorshipId mentorshipId,
                               String title, PersonId reachedBy, BigDecimal value, Instant occurredAt) {
}
