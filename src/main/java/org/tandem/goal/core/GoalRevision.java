package org.tandem.goal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalRevisionId;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;

/**
 * One proposed change to a goal with its why: the changes, a required rationale, the context weighed, who
 * proposed and who agreed. {@code fieldChanges} (before/after) is computed when the revision is applied, from
 * the goal as it then is, so the history shows what really changed. Once applied or withdrawn, a revision
 * never changes again.
 */
public record GoalRevision(GoalRevisionId id, GoalId goalId, int number, Status status, GoalChanges changes,
                    String rationale, RevisionContext context, boolean resetCadence, Signature proposed,
                    Signature agreed, Signature withdrawn, List<FieldChange> fieldChanges) {
    public enum Status { PROPOSED, APPLIED, WITHDRAWN }
    public static final String RATIONALE = "rationale", CHANGES = "changes", CONTEXT = "context";

    public GoalRevision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changes, CHANGES);
        Objects.requireNonNull(rationale, RATIONALE);
        Objects.requireNonNull(proposed, "proposed");
        context = context == null ? RevisionContext.none() : context;
        fieldChanges = List.copyOf(fieldChanges);
        boolean consistent = switch (status) {
            case PROPOSED -> agreed == null && withdrawn == null && fieldChanges.isEmpty();
            case APPLIED -> agreed != null && withdrawn == null && !fieldChanges.isEmpty();
            case WITHDRAWN -> agreed == null && withdrawn != null && fieldChanges.isEmpty();
        };
        if (!consistent) {
            throw new IllegalArgumentException("Revision " + id + " is " + status + " but its signatures or changes say otherwise");
        }
    }

    static GoalRevision propose(GoalId goalId, int number, GoalTerms current, GoalChanges changes, String rationale,
                                RevisionContext context, boolean resetCadence, Signature proposed) {
        List<FieldError> errors = new ArrayList<>();
        if (Text.isBlank(rationale)) {
            errors.add(new FieldError(RATIONALE, "Say why the goal should change; the reason stays in the goal's history"));
        } else if (rationale.strip().length() > 2000) {
            errors.add(new FieldError(RATIONALE, "Keep the rationale under 2000 characters"));
        }
        if (context != null && context.tooLong()) {
            errors.add(new FieldError(CONTEXT, "Keep each part of the context under " + RevisionContext.MAX_LENGTH + " characters"));
        }
        if (changes == null || changes.isEmpty()) {
            errors.add(new FieldError(CHANGES, "Name at least one field of the goal to change"));
        } else {
            errors.addAll(problemsOfChanges(current, changes, proposed));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new GoalRevision(GoalRevisionId.next(), goalId, number, Status.PROPOSED, changes, rationale.strip(),
                context, resetCadence, proposed, null, null, List.of());
    }

    private static List<FieldError> problemsOfChanges(GoalTerms current, GoalChanges changes, Signature proposed) {
        List<FieldError> problems = GoalTerms.problemsOf(current.toDraft().with(changes));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (current.changesTo(current.revisedBy(changes)).isEmpty()) {
            return List.of(new FieldError(CHANGES, "Every proposed value equals the current one, so nothing would change"));
        }
        if (changes.movesDueDate() && !Deadlines.stillAhead(changes.dueOn(), proposed.at())) {
            return List.of(new FieldError(GoalTerms.DUE_ON, "The new due date " + changes.dueOn() + " has to lie in the future"));
        }
        return List.of();
    }

    GoalRevision applied(Signature agreement, List<FieldChange> what) {
        requireStillProposed();
        return new GoalRevision(id, goalId, number, Status.APPLIED, changes, rationale, context, resetCadence, proposed,
                agreement, null, what);
    }

    GoalRevision withdrawn(Signature withdrawal) {
        requireStillProposed();
        return new GoalRevision(id, goalId, number, Status.WITHDRAWN, changes, rationale, context, resetCadence, proposed,
                null, withdrawal, List.of());
    }

    void requireStillProposed() {
        if (status != Status.PROPOSED) {
            throw new InvalidStateException("Revision #" + number + " is already " + status.name().toLowerCase(Locale.ROOT)
                    + "; a goal's history stays as it happened, so propose a new revision instead");
        }
    }

    boolean isPending() {
        return status == Status.PROPOSED;
    }
    public PersonId proposedBy() {
        return proposed.by();
    }
    public Optional<Signature> agreement() {
        return Optional.ofNullable(agreed);
    }
}
