package org.tandem.goal.core;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.tandem.goal.GoalChangesAsked.Subject;
import org.tandem.goal.GoalRevisionId;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;

/**
 * The side who may agree to a proposal sent it back with a comment (decision 0094). Open until answered: the proposer
 * changed the proposed goal, or proposed the revision or achievement again, or the proposal was decided otherwise.
 * Answered once, never changed again, and kept, so the goal's history shows the exchange.
 */
public record ChangeRequest(UUID id, Subject subject, GoalRevisionId revision, PersonId proposedBy, Signature asked, String comment,
                            Signature answered, Answer answer, List<String> changedFields) {

    /** How a request was answered. */
    public enum Answer {
        /** The proposer changed the proposed goal. */
        CHANGED,
        /** A new revision or achievement was proposed. */
        PROPOSED_AGAIN,
        /** The one who asked agreed to the goal as it was after all. */
        AGREED,
        /** The goal was achieved or retired, so nothing waits for the change any more. */
        CLOSED,
        /** The proposer let the sent-back revision or achievement go: it will not come again in reply. */
        LET_GO
    }

    public static final String COMMENT = "comment";
    public static final int MAX_COMMENT = 2000;

    public ChangeRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(comment, COMMENT);
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        if ((subject == Subject.REVISION) != (revision != null) || (answered == null) != (answer == null)) {
            throw new IllegalArgumentException("Change request " + id + " about " + subject + " does not fit together");
        }
    }

    /** The comment is required: a request without words only says "no", and declining exists for that. */
    static ChangeRequest ask(Subject subject, GoalRevisionId revision, PersonId proposedBy, Signature asked, String comment) {
        if (Text.isBlank(comment)) {
            throw new InvalidInputException(COMMENT, "Say what should change; your comment is what the other side reads");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            throw new InvalidInputException(COMMENT, "Keep the comment under " + MAX_COMMENT + " characters");
        }
        return new ChangeRequest(Ids.next(), subject, revision, proposedBy, asked, comment.strip(), null, null, List.of());
    }

    ChangeRequest answered(Signature by, Answer how, List<String> fields) {
        if (!isOpen()) {
            throw new IllegalStateException("Change request " + id + " was already answered");
        }
        return new ChangeRequest(id, subject, revision, proposedBy, asked, comment, by, how, fields);
    }

    public boolean isOpen() {
        return answered == null;
    }

    public PersonId askedBy() {
        return asked.by();
    }
}
