package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** The pair marked the goal achieved: a moment worth celebrating. */
public record GoalAchieved(GoalId goalId, MentorshipId mentorshipId, PersonId markedBy, Instant occurredAt) implements GoalEvent {
}
