package org.tandem.goal.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tandem.goal.Direction;
import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalKind;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * The content of a goal, complete enough to work with: what a proposal sets and a revision changes. Only the
 * hard minimum is enforced here (the goal can be measured and has a date); whether it is a good goal is the
 * SMART check's advice, because a heuristic must never block a pair from writing down what they agreed.
 */
public record GoalTerms(String title, String statement, GoalKind kind, Indicator indicator, String attainability,
                 String relevance, LocalDate dueOn) {
    public static final String TITLE = "title", STATEMENT = "statement", KIND = "kind", ATTAINABILITY = "attainability",
            RELEVANCE = "relevance", DUE_ON = "dueOn", INDICATOR_NAME = "indicator.name",
            INDICATOR_UNIT = "indicator.unit", BASELINE = "indicator.baseline", TARGET = "indicator.target",
            DIRECTION = "indicator.direction";

    public GoalTerms {
        Objects.requireNonNull(title, TITLE);
        Objects.requireNonNull(statement, STATEMENT);
        Objects.requireNonNull(kind, KIND);
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(dueOn, DUE_ON);
    }

    static GoalTerms from(GoalDraft d) {
        List<FieldError> problems = problemsOf(d);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var indicator = new Indicator(d.indicatorName().strip(), d.indicatorUnit().strip(), d.baseline(), d.target(), d.direction());
        return new GoalTerms(d.title().strip(), d.statement().strip(), d.kind(), indicator,
                Text.stripToNull(d.attainability()), Text.stripToNull(d.relevance()), d.dueOn());
    }

    static List<FieldError> problemsOf(GoalDraft d) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, TITLE, d.title(), 200, "Give the goal a short title");
        text(errors, STATEMENT, d.statement(), 2000, "Say in one sentence what will be done");
        if (d.kind() == null) {
            errors.add(new FieldError(KIND, "Choose OUTPUT (deliver something) or LEARNING (demonstrate a competence)"));
        }
        text(errors, INDICATOR_NAME, d.indicatorName(), 200, "Name what you will count or rate");
        text(errors, INDICATOR_UNIT, d.indicatorUnit(), 50, "Give the unit the indicator is counted in");
        required(errors, BASELINE, d.baseline(), "Give the indicator's value today");
        required(errors, TARGET, d.target(), "Give the value that means done");
        required(errors, DIRECTION, d.direction(), "Say whether the indicator should INCREASE or DECREASE");
        if (d.baseline() != null && d.target() != null && d.direction() != null) {
            int toward = d.direction().toward(d.baseline(), d.target()).signum();
            if (toward == 0) {
                errors.add(new FieldError(TARGET, "The target equals the baseline, so there is nothing to move"));
            } else if (toward < 0) {
                errors.add(new FieldError(TARGET, "To " + d.direction().verb() + ", the target must lie "
                        + (d.direction() == Direction.INCREASE ? "above" : "below") + " the baseline " + Indicator.plain(d.baseline())));
            }
        }
        optionalText(errors, ATTAINABILITY, d.attainability(), 2000);
        optionalText(errors, RELEVANCE, d.relevance(), 500);
        required(errors, DUE_ON, d.dueOn(), "Set the date by which the goal should be reached");
        return errors;
    }
    public GoalDraft toDraft() {
        return new GoalDraft(title, statement, kind, indicator.name(), indicator.unit(), indicator.baseline(),
                indicator.target(), indicator.direction(), attainability, relevance, dueOn);
    }

    /** These terms with the changes applied; refused like a proposal when the result would be incomplete. */
    public GoalTerms revisedBy(GoalChanges changes) {
        return from(toDraft().with(changes));
    }

    /** Field by field, what differs in {@code after}; numbers that only differ in scale (10 vs 10.0) are equal. */
    public List<FieldChange> changesTo(GoalTerms after) {
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, TITLE, title, after.title);
        diff(changes, STATEMENT, statement, after.statement);
        diff(changes, KIND, kind, after.kind);
        diff(changes, INDICATOR_NAME, indicator.name(), after.indicator.name());
        diff(changes, INDICATOR_UNIT, indicator.unit(), after.indicator.unit());
        diff(changes, BASELINE, indicator.baseline(), after.indicator.baseline());
        diff(changes, TARGET, indicator.target(), after.indicator.target());
        diff(changes, DIRECTION, indicator.direction(), after.indicator.direction());
        diff(changes, ATTAINABILITY, attainability, after.attainability);
        diff(changes, RELEVANCE, relevance, after.relevance);
        diff(changes, DUE_ON, dueOn, after.dueOn);
        return changes;
    }

    private static void diff(List<FieldChange> changes, String field, Object before, Object after) {
        boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a ? b.compareTo(a) == 0 : Objects.equals(before, after);
        if (!same) {
            changes.add(new FieldChange(field, show(before), show(after)));
        }
    }

    private static String show(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    private static void text(List<FieldError> errors, String field, String value, int max, String whenMissing) {
        if (Text.isBlank(value)) {
            errors.add(new FieldError(field, whenMissing));
        } else {
            optionalText(errors, field, value, max);
        }
    }

    private static void optionalText(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, "Keep it under " + max + " characters"));
        }
    }

    private static void required(List<FieldError> errors, String field, Object value, String whenMissing) {
        if (value == null) {
            errors.add(new FieldError(field, whenMissing));
        }
    }
}
