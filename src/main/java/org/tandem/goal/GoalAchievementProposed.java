package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** One side of the pair proposed that the goal is achieved; it becomes ACHIEVED when {@code awaiting} agrees. */
public record GoalAchievementProposed(GoalId goalId, MentorshipId mentorshipId, PersonId proposedBy, PersonId awaiting,
                                      Instant occurredAt) implements GoalEvent {
}
