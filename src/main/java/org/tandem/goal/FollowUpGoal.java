package org.tandem.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tandem.goal.core.GoalDraft;

/**
 * What another feature proposes as a new goal in one click (a celebration's "what next"): a complete draft,
 * proposed like any other and agreed by the other party before it becomes active.
 */
public record FollowUpGoal(String title, String statement, GoalKind kind, String indicatorName, String indicatorUnit,
                           BigDecimal baseline, BigDecimal target, Direction direction, String attainability, String relevance,
                           LocalDate dueOn) {

    GoalDraft toDraft() {
        return new GoalDraft(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability,
                relevance, dueOn);
    }
}
