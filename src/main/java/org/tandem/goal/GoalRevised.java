package org.tandem.goal;

import java.time.Instant;
import java.util.List;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/**
 * An agreed revision changed the goal. {@code resetCadence} asks the mentorship to restart its check-in rhythm
 * from now, which the mentorship feature owns; this event is how it hears about it.
 */
public record GoalRevised(GoalId goalId, MentorshipId mentorshipId, GoalRevisionId revisionId, int number,
                          List<FieldChange> changes, String rationale, boolean resetCadence, PersonId proposedBy,
                          PersonId agreedBy, Instant occurredAt) implements GoalEvent {

    public GoalRevised {
        changes = List.copyOf(changes);
    }
}
