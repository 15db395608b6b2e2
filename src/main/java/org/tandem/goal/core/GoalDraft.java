package org.tandem.goal.core;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tandem.goal.Direction;
import org.tandem.goal.GoalKind;

/**
 * A goal as typed so far: every field may be missing. The SMART check answers for any draft; proposing one
 * turns it into {@link GoalTerms}, which refuses what is incomplete.
 */
public record GoalDraft(String title, String statement, GoalKind kind, String indicatorName, String indicatorUnit,
                 BigDecimal baseline, BigDecimal target, Direction direction, String attainability,
                 String relevance, LocalDate dueOn) {
    public static GoalDraft empty() {
        return new GoalDraft(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The draft with every value the changes name replaced; unnamed fields stay as they are. */
    public GoalDraft with(GoalChanges c) {
        return new GoalDraft(or(c.title(), title), or(c.statement(), statement), or(c.kind(), kind),
                or(c.indicatorName(), indicatorName), or(c.indicatorUnit(), indicatorUnit), or(c.baseline(), baseline),
                or(c.target(), target), or(c.direction(), direction), or(c.attainability(), attainability),
                or(c.relevance(), relevance), or(c.dueOn(), dueOn));
    }

    private static <T> T or(T change, T current) {
        return change != null ? change : current;
    }

    public GoalDraft withTitle(String value) {
        return new GoalDraft(value, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn);
    }

    public GoalDraft withStatement(String value) {
        return new GoalDraft(title, value, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn);
    }

    public GoalDraft withKind(GoalKind value) {
        return new GoalDraft(title, statement, value, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, dueOn);
    }

    public GoalDraft withIndicator(String name, String unit, BigDecimal baseline, BigDecimal target, Direction direction) {
        return new GoalDraft(title, statement, kind, name, unit, baseline, target, direction, attainability, relevance, dueOn);
    }

    public GoalDraft withAttainability(String value) {
        return new GoalDraft(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, value, relevance, dueOn);
    }

    public GoalDraft withRelevance(String value) {
        return new GoalDraft(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, value, dueOn);
    }

    public GoalDraft withDueOn(LocalDate value) {
        return new GoalDraft(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability, relevance, value);
    }
}
