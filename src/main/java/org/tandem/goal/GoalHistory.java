package org.tandem.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A goal's own history as other features tell it (a celebration's story): what the goal says and why it
 * matters, every measurement in the order observed, and every applied revision with its rationale. Withdrawn
 * and pending revisions are left out: they did not change the goal.
 */
public record GoalHistory(GoalSummary summary, String statement, String relevance, String attainability, Instant agreedAt,
                          List<Point> measurements, List<Decision> decisions) {

    public GoalHistory {
        measurements = List.copyOf(measurements);
        decisions = List.copyOf(decisions);
    }

    /** One observed value with the note written beside it (null when none). */
    public record Point(BigDecimal value, LocalDate observedOn, String note) {
    }

    /** An applied revision: its number, why, what changed, and when it was agreed. */
    public record Decision(int number, String rationale, String teamPriorities, String constraints, String interests,
                           List<FieldChange> changes, Instant agreedAt) {

        public Decision {
            changes = List.copyOf(changes);
        }
    }
}
