package org.tandem.goal.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tandem.goal.Direction;
import org.tandem.goal.GoalKind;
import org.tandem.goal.core.GoalChanges;
import org.tandem.goal.core.GoalDraft;
import org.tandem.goal.core.RevisionContext;

/** What the goals' JSON API reads: request bodies as sent, and their translation to the domain's drafts and changes. */
final class GoalBodies {

    private GoalBodies() {
    }

    record IndicatorBody(String name, String unit, BigDecimal baseline, BigDecimal target, Direction direction) {
    }

    /** A goal as proposed or checked; as {@code changes} of a revision, every field is optional. */
    record GoalBody(String title, String statement, GoalKind kind, IndicatorBody indicator, String attainability,
                    String relevance, LocalDate dueOn) {

        GoalDraft toDraft() {
            IndicatorBody i = indicator == null ? new IndicatorBody(null, null, null, null, null) : indicator;
            return new GoalDraft(title, statement, kind, i.name(), i.unit(), i.baseline(), i.target(), i.direction(),
                    attainability, relevance, dueOn);
        }

        GoalChanges toChanges() {
            IndicatorBody i = indicator == null ? new IndicatorBody(null, null, null, null, null) : indicator;
            return new GoalChanges(title, statement, kind, i.name(), i.unit(), i.baseline(), i.target(), i.direction(),
                    attainability, relevance, dueOn);
        }

        static GoalBody of(GoalChanges c) {
            boolean indicator = c.indicatorName() != null || c.indicatorUnit() != null || c.baseline() != null
                    || c.target() != null || c.direction() != null;
            return new GoalBody(c.title(), c.statement(), c.kind(),
                    indicator ? new IndicatorBody(c.indicatorName(), c.indicatorUnit(), c.baseline(), c.target(), c.direction()) : null,
                    c.attainability(), c.relevance(), c.dueOn());
        }
    }

    record ContextBody(String teamPriorities, String constraints, String interests) {

        RevisionContext toContext() {
            return new RevisionContext(teamPriorities, constraints, interests);
        }
    }

    record RevisionBody(GoalBody changes, String rationale, ContextBody context, Boolean resetCadence) {
    }

    record MeasurementBody(BigDecimal value, LocalDate observedOn, String note) {
    }

    record AchievementBody(String evidence) {
    }

    record RetirementBody(String reason) {
    }

    record ChangeRequestBody(String comment) {
    }
}
