package org.tandem.goal;

import java.time.Instant;
import java.util.List;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/** The proposer changed a proposed goal in reply to a request for changes; it waits again for {@code awaiting}. */
public record GoalProposalChanged(GoalId goalId, MentorshipId mentorshipId, PersonId proposedBy, PersonId awaiting,
                                  List<String> changedFields, Instant occurredAt) implements GoalEvent {

    public GoalProposalChanged {
        changedFields = List.copyOf(changedFields);
    }
}
