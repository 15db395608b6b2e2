package org.tandem.goal;

import java.time.Instant;
import java.util.List;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/**
 * An agreed revision changed the goal. When {@code resetCadence} is set, the goal service has already restarted the
 * mentorship's check-in rhythm from the agreement, in the same transaction; listeners (notifications, webhooks)
 * learn of it here.
 */
public record GoalRevised(GoalId goalId, MentorshipId mentorshipId, GoalRevisionId revisionId, int number,
                          List<FieldChange> changes, String rationale, boolean resetCadence, PersonId proposedBy,
                          PersonId agreedBy, Instant occurredAt) implements GoalEvent {

    public GoalRevised {
        changes = List.copyOf(changes);
    }
}
