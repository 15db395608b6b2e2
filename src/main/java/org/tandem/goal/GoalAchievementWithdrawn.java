package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** A proposal that the goal is achieved was taken back by its proposer or declined by the other side; the goal stays ACTIVE. */
public record GoalAchievementWithdrawn(GoalId goalId, MentorshipId mentorshipId, PersonId proposedBy, PersonId withdrawnBy,
                                       Instant occurredAt) implements GoalEvent {
}
