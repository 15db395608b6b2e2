package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** The pair stopped working on the goal without reaching it; the reason stays with it. */
public record GoalRetired(GoalId goalId, MentorshipId mentorshipId, PersonId retiredBy, String reason,
                          Instant occurredAt) implements GoalEvent {
}
