package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** A change to an active goal was proposed; the goal stays as it is until the other side agrees. */
public record GoalRevisionProposed(GoalId goalId, MentorshipId mentorshipId, GoalRevisionId revisionId, int number,
                                   PersonId proposedBy, PersonId awaitingAgreementFrom, Instant occurredAt) implements GoalEvent {
}
