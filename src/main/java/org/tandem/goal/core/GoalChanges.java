package org.tandem.goal.core;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tandem.goal.Direction;
import org.tandem.goal.GoalKind;

/**
 * What a revision proposes to change. A null (or blank) value means "leave as it is", so a form that only
 * touches the due date sends only the due date.
 */
public record GoalChanges(String title, String statement, GoalKind kind, String indicatorName, String indicatorUnit,
                   BigDecimal baseline, BigDecimal target, Direction direction, String attainability,
                   String relevance, LocalDate dueOn) {
    public GoalChanges {
        title = Text.stripToNull(title);
        statement = Text.stripToNull(statement);
        indicatorName = Text.stripToNull(indicatorName);
        indicatorUnit = Text.stripToNull(indicatorUnit);
        attainability = Text.stripToNull(attainability);
        relevance = Text.stripToNull(relevance);
    }
    public static GoalChanges none() {
        return new GoalChanges(null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The guided move the method suggests when effort does not move an output: keep working on the same ground,
     * but judge success by a competence shown rather than a thing delivered. The old statement and kind stay in
     * the goal's history as the "before" of the applied revision.
     */
    public static GoalChanges reframeAsLearning(String competenceStatement, Indicator indicator) {
        return new GoalChanges(null, competenceStatement, GoalKind.LEARNING, indicator.name(), indicator.unit(),
                indicator.baseline(), indicator.target(), indicator.direction(), null, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }

    boolean movesDueDate() {
        return dueOn != null;
    }

    public GoalChanges withTitle(String v) { return new GoalChanges(v, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn); }
    public GoalChanges withStatement(String v) { return new GoalChanges(title, v, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn); }

    public GoalChanges withKind(GoalKind v) { return new GoalChanges(title, statement, v, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn); }

    public GoalChanges withIndicatorName(String v) { return new GoalChanges(title, statement, kind, v, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn); }

    public GoalChanges withIndicatorUnit(String v) { return new GoalChanges(title, statement, kind, indicatorName, v, baseline, target, direction, attainability, relevance, dueOn); }

    public GoalChanges withBaseline(BigDecimal v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, v, target, direction, attainability, relevance, dueOn); }
    public GoalChanges withTarget(BigDecimal v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, v, direction, attainability, relevance, dueOn); }

    public GoalChanges withDirection(Direction v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, target, v, attainability, relevance, dueOn); }

    public GoalChanges withAttainability(String v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, v, relevance, dueOn); }

    public GoalChanges withRelevance(String v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, v, dueOn); }
    public GoalChanges withDueOn(LocalDate v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, v); }
}
