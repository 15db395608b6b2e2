package org.tandem.goal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.tandem.goal.Direction;
import org.tandem.goal.GoalKind;
import org.tandem.goal.core.GoalChanges;
import org.tandem.goal.core.GoalDraft;
import org.tandem.goal.core.GoalRevision;
import org.tandem.goal.core.GoalTerms;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.RevisionContext;
import org.tandem.goal.core.Text;
import org.tandem.shared.Enums;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InputBounds;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * The goal pages' forms as typed (every value a string, so a page can show back exactly what was entered), their
 * translation to the domain's drafts, and the way the domain's field errors find their input again.
 */
public final class GoalForms {

    /** Field errors that belong to no single input (e.g. "nothing would change"). */
    public static final String FORM = "form";

    private GoalForms() {
    }

    /** The goal's fields as the proposal and revision forms carry them. */
    public record GoalForm(String title, String statement, String kind, String indicatorName, String indicatorUnit,
                           String baseline, String target, String direction, String attainability, String relevance,
                           String dueOn) {

        public static GoalForm empty() {
            return new GoalForm("", "", "OUTPUT", "", "", "", "", "INCREASE", "", "", "");
        }

        static GoalForm of(GoalTerms t) {
            Indicator i = t.indicator();
            return new GoalForm(t.title(), t.statement(), t.kind().name(), i.name(), i.unit(), Indicator.plain(i.baseline()),
                    Indicator.plain(i.target()), i.direction().name(), nz(t.attainability()), nz(t.relevance()), t.dueOn().toString());
        }

        /** Strict when {@code errors} is given (unreadable values are reported there); lenient (null) otherwise. */
        GoalDraft toDraft(List<FieldError> errors) {
            return new GoalDraft(title, statement, enumOf(GoalKind.class, kind, GoalTerms.KIND, errors), indicatorName, indicatorUnit,
                    number(baseline, GoalTerms.BASELINE, errors), number(target, GoalTerms.TARGET, errors),
                    enumOf(Direction.class, direction, GoalTerms.DIRECTION, errors), attainability, relevance,
                    date(dueOn, GoalTerms.DUE_ON, errors));
        }

        /** Only what differs from the goal as it stands: a form sent back unchanged proposes nothing. */
        GoalChanges changesFrom(GoalTerms current, List<FieldError> errors) {
            GoalDraft now = current.toDraft();
            GoalDraft typed = toDraft(errors);
            return new GoalChanges(differs(typed.title(), now.title()), differs(typed.statement(), now.statement()),
                    differs(typed.kind(), now.kind()), differs(typed.indicatorName(), now.indicatorName()),
                    differs(typed.indicatorUnit(), now.indicatorUnit()), differs(typed.baseline(), now.baseline()),
                    differs(typed.target(), now.target()), differs(typed.direction(), now.direction()),
                    differs(typed.attainability(), now.attainability()), differs(typed.relevance(), now.relevance()),
                    differs(typed.dueOn(), now.dueOn()));
        }
    }

    public record RevisionForm(GoalForm goal, String rationale, String teamPriorities, String constraints, String interests,
                               boolean resetCadence) {

        static RevisionForm of(GoalTerms t) {
            return new RevisionForm(GoalForm.of(t), "", "", "", "", false);
        }

        RevisionContext context() {
            return new RevisionContext(teamPriorities, constraints, interests);
        }
    }

    /** The guided revision from an output goal to a learning goal: a competence and how it will be shown. */
    public record ReframeForm(String statement, String indicatorName, String indicatorUnit, String baseline, String target,
                              String direction, String rationale, String interests, boolean resetCadence) {

        static final String PREFIX = "reframe";

        static ReframeForm empty() {
            return new ReframeForm("", "", "", "", "", "INCREASE", "", "", false);
        }

        GoalChanges toChanges() {
            List<FieldError> errors = new ArrayList<>();
            requireText(errors, GoalTerms.STATEMENT, statement, "Name the competence to demonstrate, e.g. \"Lead a design review of a cross-team change\"");
            requireText(errors, GoalTerms.INDICATOR_NAME, indicatorName, "Say how the competence will be shown: what you will count or rate");
            requireText(errors, GoalTerms.INDICATOR_UNIT, indicatorUnit, "Give the unit, e.g. \"reviews led\" or \"rating (1-5)\"");
            BigDecimal from = number(baseline, GoalTerms.BASELINE, errors);
            BigDecimal to = number(target, GoalTerms.TARGET, errors);
            Direction way = enumOf(Direction.class, direction, GoalTerms.DIRECTION, errors);
            if (Text.isBlank(baseline)) {
                errors.add(new FieldError(GoalTerms.BASELINE, "Give where the competence stands today"));
            }
            if (Text.isBlank(target)) {
                errors.add(new FieldError(GoalTerms.TARGET, "Give the value that shows the competence"));
            }
            if (Text.isBlank(direction)) {
                errors.add(new FieldError(GoalTerms.DIRECTION, "Say whether the indicator should increase or decrease"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return GoalChanges.reframeAsLearning(statement.strip(), new Indicator(indicatorName.strip(), indicatorUnit.strip(), from, to, way));
        }

        RevisionContext context() {
            return new RevisionContext(null, null, interests);
        }
    }

    public record MeasurementForm(String value, String observedOn, String note) {

        static MeasurementForm today(LocalDate today) {
            return new MeasurementForm("", today.toString(), "");
        }
    }

    // --------------------------------------------------------------- errors

    /** The input a domain field error belongs to: {@code indicator.target} → {@code target}, with an optional prefix. */
    static String input(String prefix, String field) {
        String name = switch (field) {
            case GoalTerms.INDICATOR_NAME -> "indicatorName";
            case GoalTerms.INDICATOR_UNIT -> "indicatorUnit";
            case GoalTerms.BASELINE -> "baseline";
            case GoalTerms.TARGET -> "target";
            case GoalTerms.DIRECTION -> "direction";
            case GoalRevision.CHANGES -> FORM;
            default -> field;
        };
        if (prefix.isEmpty() || name.equals(FORM)) {
            return name;
        }
        return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static FormErrors errors(String prefix, InvalidInputException e) {
        return errors(e, field -> input(prefix, field));
    }

    static FormErrors errors(InvalidInputException e, UnaryOperator<String> input) {
        Map<String, String> byInput = new LinkedHashMap<>();
        e.errors().forEach(error -> byInput.merge(input.apply(error.field()), error.message(), (a, b) -> a + "; " + b));
        return new FormErrors(byInput);
    }

    // -------------------------------------------------------------- parsing

    /** Blank is "not given"; anything else must read as a number ("3.5" or "3,5"). */
    public static BigDecimal number(String text, String field, List<FieldError> errors) {
        if (Text.isBlank(text)) {
            return null;
        }
        String cleaned = text.strip().replace(" ", "");
        if (cleaned.indexOf(',') >= 0 && cleaned.indexOf('.') < 0) {
            cleaned = cleaned.replace(',', '.');
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            if (errors != null) {
                errors.add(new FieldError(field, "Enter a number, e.g. 42 or 3.5"));
            }
            return null;
        }
    }

    public static LocalDate date(String text, String field, List<FieldError> errors) {
        if (Text.isBlank(text)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (!InputBounds.dateInRange(date)) {
                if (errors != null) {
                    errors.add(new FieldError(field, "Enter a date between " + InputBounds.EARLIEST_DATE + " and " + InputBounds.LATEST_DATE));
                }
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            if (errors != null) {
                errors.add(new FieldError(field, "Enter a date as YYYY-MM-DD"));
            }
            return null;
        }
    }

    /** Blank is "not given"; anything else must name one of the constants, as {@link Enums#parse} words it. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field, List<FieldError> errors) {
        if (Text.isBlank(text)) {
            return null;
        }
        try {
            return Enums.parse(type, text, field);
        } catch (InvalidInputException e) {
            if (errors != null) {
                errors.addAll(e.errors());
            }
            return null;
        }
    }

    private static void requireText(List<FieldError> errors, String field, String value, String message) {
        if (Text.isBlank(value)) {
            errors.add(new FieldError(field, message));
        }
    }

    private static <T> T differs(T typed, T current) {
        if (typed instanceof BigDecimal a && current instanceof BigDecimal b) {
            return a.compareTo(b) == 0 ? null : typed;
        }
        if (typed instanceof String a && current instanceof String b) {
            return a.strip().equals(b.strip()) ? null : typed;
        }
        return Objects.equals(typed, current) ? null : typed;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
