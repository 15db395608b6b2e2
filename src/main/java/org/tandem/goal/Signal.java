package org.tandem.goal;

import java.util.Objects;

/**
 * A reason to talk about adjusting a goal: what Tandem noticed ({@code message}), the numbers behind it
 * ({@code evidence}), and a suggested next move the pair may take or ignore.
 */
public record Signal(GoalId goalId, SignalKind kind, String message, String evidence, Suggestion suggestion) {

    public Signal {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(suggestion, "suggestion");
    }

    /** {@code move} lets a page offer the matching form (e.g. a prefilled reframe revision); {@code text} explains it. */
    public record Suggestion(Move move, String text) {
    }

    public enum Move {
        REFRAME_AS_LEARNING, SPLIT_GOAL, MOVE_DEADLINE, RECORD_MEASUREMENT, FINISH_OR_CLOSE
    }
}
