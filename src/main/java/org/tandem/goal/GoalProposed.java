package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** A goal was proposed and now waits for the other side of the pair to agree. */
public record GoalProposed(GoalId goalId, MentorshipId mentorshipId, PersonId proposedBy, PersonId awaitingAgreementFrom,
                           Instant occurredAt) implements GoalEvent {
}
