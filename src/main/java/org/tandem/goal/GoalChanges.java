package org.tandem.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a revision proposes to change. A null (or blank) value means "leave as it is", so a form that only
 * touches the due date sends only the due date.
 */
record GoalChanges(String title, String statement, GoalKind kind, String indicatorName, String indicatorUnit,
                   BigDecimal baseline, BigDecimal target, Direction direction, String attainability,
                   String relevance, LocalDate dueOn) {

    GoalChanges {
        title = Text.stripToNull(title);
        statement = Text.stripToNull(statement);
        indicatorName = Text.stripToNull(indicatorName);
        indicatorUnit = Text.stripToNull(indicatorUnit);
        attainability = Text.stripToNull(attainability);
        relevance = Text.stripToNull(relevance);
    }

    static GoalChanges none() {
        return new GoalChanges(null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The guided move the method suggests when effort does not move an output: keep working on the same ground,
     * but judge success by a competence shown rather than a thing delivered. The old statement and kind stay in
     * the goal's history as the "before" of the applied revision.
     */
    static GoalChanges reframeAsLearning(String competenceStatement, Indicator indicator) {
        return new GoalChanges(null, competenceStatement, GoalKind.LEARNING, indicator.name(), indicator.unit(),
                indicator.baseline(), indicator.target(), indicator.direction(), null, null, null);
    }

    boolean isEmpty() {
        return equals(none());
    }

    boolean movesDueDate() {
        return dueOn != null;
    }

    GoalChanges withTitle(String v) { return new GoalChanges(v, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn); }

    GoalChanges withStatement(String v) { return new GoalChanges(title, v, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn); }

    GoalChanges withKind(GoalKind v) { return new GoalChanges(title, statement, v, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn); }

    GoalChanges withIndicatorName(String v) { return new GoalChanges(title, statement, kind, v, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn); }

    GoalChanges withIndicatorUnit(String v) { return new GoalChanges(title, statement, kind, indicatorName, v, baseline, target, direction, attainability, relevance, dueOn); }

    GoalChanges withBaseline(BigDecimal v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, v, target, direction, attainability, relevance, dueOn); }

    GoalChanges withTarget(BigDecimal v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, v, direction, attainability, relevance, dueOn); }

    GoalChanges withDirection(Direction v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, target, v, attainability, relevance, dueOn); }

    GoalChanges withAttainability(String v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, v, relevance, dueOn); }

    GoalChanges withRelevance(String v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, v, dueOn); }

    GoalChanges withDueOn(LocalDate v) { return new GoalChanges(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, v); }
}
