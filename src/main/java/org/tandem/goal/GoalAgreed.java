package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** Both sides now stand behind the goal: it became active. */
public record GoalAgreed(GoalId goalId, MentorshipId mentorshipId, PersonId proposedBy, PersonId agreedBy,
                         Instant occurredAt) implements GoalEvent {
}
