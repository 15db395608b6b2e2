package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;

/**
 * The side who may agree sent a proposal back with a comment instead: the proposed goal itself (it stays PROPOSED until
 * its proposer changes it), a revision or an achievement (those are set aside until their proposer proposes again).
 * {@code revisionId} names the revision when {@code subject} is REVISION, else null.
 */
public record GoalChangesAsked(GoalId goalId, MentorshipId mentorshipId, Subject subject, GoalRevisionId revisionId, PersonId askedBy,
                               PersonId proposedBy, Instant occurredAt) implements GoalEvent {

    /** What was sent back. */
    public enum Subject { GOAL, REVISION, ACHIEVEMENT }
}
