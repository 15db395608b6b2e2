package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** A proposed change was withdrawn by its proposer or declined by the other side; the goal did not change. */
public record GoalRevisionWithdrawn(GoalId goalId, MentorshipId mentorshipId, GoalRevisionId revisionId, int number,
                                    PersonId proposedBy, PersonId withdrawnBy, Instant occurredAt) implements GoalEvent {
}
