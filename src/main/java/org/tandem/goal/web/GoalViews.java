package org.tandem.goal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.Signal;
import org.tandem.goal.core.GoalTerms;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.smart.SmartVerdict;
import org.tandem.mentorship.LearningModality;
import org.tandem.mentorship.Mentorship;
import org.tandem.shared.Format;

/**
 * Small view records the goal templates share (the SMART panel, signals, preferences, before/after), and the
 * words pages use for goal facts. Public because precompiled templates live in another package.
 */
public final class GoalViews {

    private GoalViews() {
    }

    public record SmartRow(String property, String name, boolean ok, String message) {
    }

    /** The five verdicts in SMART order, and how many pass. */
    public record SmartPanel(List<SmartRow> rows, int passing) {

        static SmartPanel of(SmartVerdict v) {
            List<SmartRow> rows = List.of(
                    new SmartRow("specific", "Specific", v.specific().ok(), v.specific().message()),
                    new SmartRow("measurable", "Measurable", v.measurable().ok(), v.measurable().message()),
                    new SmartRow("attainable", "Attainable", v.attainable().ok(), v.attainable().message()),
                    new SmartRow("relevant", "Relevant", v.relevant().ok(), v.relevant().message()),
                    new SmartRow("timeBound", "Time-bound", v.timeBound().ok(), v.timeBound().message()));
            return new SmartPanel(rows, (int) rows.stream().filter(SmartRow::ok).count());
        }

        /** The properties the check finds missing, in SMART order. */
        public List<SmartRow> gaps() {
            return rows.stream().filter(row -> !row.ok()).toList();
        }
    }

    /** A signal as a page shows it; {@code action} names the form that takes the suggested move, if any. */
    public record SignalView(String kind, String title, String message, String evidence, String suggestion, String action,
                             String actionLabel) {

        static SignalView of(Signal s, String goalHref) {
            String action = switch (s.suggestion().move()) {
                case REFRAME_AS_LEARNING -> goalHref + "?open=reframe#reframe";
                case MOVE_DEADLINE, SPLIT_GOAL -> goalHref + "?open=revise#revise";
                case RECORD_MEASUREMENT -> goalHref + "#measure";
                case FINISH_OR_CLOSE -> goalHref + "#close";
            };
            String label = switch (s.suggestion().move()) {
                case REFRAME_AS_LEARNING -> "Reframe as a learning goal";
                case MOVE_DEADLINE -> "Propose a new date";
                case SPLIT_GOAL -> "Propose a narrower goal";
                case RECORD_MEASUREMENT -> "Record a measurement";
                case FINISH_OR_CLOSE -> "Achieve or retire";
            };
            return new SignalView(s.kind().name(), Format.label(s.kind()), s.message(), s.evidence(), s.suggestion().text(), action, label);
        }
    }

    /** The mentee's preferences, which plans should fit: shown wherever goals are discussed. */
    public record PreferencesView(String menteeName, List<String> modalities, String feedbackStyle, String mentorshipHref) {

        static PreferencesView of(Mentorship m, String menteeName, String mentorshipHref) {
            List<String> modalities = m.preferences().learningModalities().stream().sorted()
                    .map(LearningModality::name).map(GoalViews::words).toList();
            return new PreferencesView(menteeName, modalities,
                    m.preferences().feedbackStyle() == null ? null : Format.label(m.preferences().feedbackStyle()), mentorshipHref);
        }

        public boolean shared() {
            return !modalities.isEmpty() || feedbackStyle != null;
        }
    }

    public record FieldChangeView(String label, String before, String after) {

        static FieldChangeView of(FieldChange c) {
            return new FieldChangeView(fieldLabel(c.field()), readable(c.field(), c.before()), readable(c.field(), c.after()));
        }

        /** History keeps values as stored text (ISO dates, enum names); people read them in words. */
        private static String readable(String field, String value) {
            if (value == null) {
                return null;
            }
            try {
                return switch (field) {
                    case GoalTerms.DUE_ON -> Format.date(LocalDate.parse(value));
                    case GoalTerms.KIND -> kindLabel(GoalKind.valueOf(value));
                    case GoalTerms.DIRECTION -> words(value);
                    default -> value;
                };
            } catch (RuntimeException unreadable) {
                return value;
            }
        }
    }

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry(GoalTerms.TITLE, "Title"), Map.entry(GoalTerms.STATEMENT, "Statement"), Map.entry(GoalTerms.KIND, "Kind"),
            Map.entry(GoalTerms.INDICATOR_NAME, "Indicator"), Map.entry(GoalTerms.INDICATOR_UNIT, "Unit"),
            Map.entry(GoalTerms.BASELINE, "Baseline"), Map.entry(GoalTerms.TARGET, "Target"),
            Map.entry(GoalTerms.DIRECTION, "Direction"), Map.entry(GoalTerms.ATTAINABILITY, "Why it is within reach"),
            Map.entry(GoalTerms.RELEVANCE, "Priority it serves"), Map.entry(GoalTerms.DUE_ON, "Due date"));

    static String fieldLabel(String field) {
        return FIELD_LABELS.getOrDefault(field, field);
    }

    /** The badge class that goes with a status; the badge always carries the word too. */
    public static String statusBadge(GoalStatus status) {
        return switch (status) {
            case PROPOSED -> "badge--warning";
            case ACTIVE -> "badge--info";
            case ACHIEVED -> "badge--success";
            case RETIRED -> "badge--neutral";
        };
    }

    public static String statusLabel(GoalStatus status) {
        return status == GoalStatus.PROPOSED ? "Awaiting agreement" : Format.label(status);
    }

    public static String kindLabel(GoalKind kind) {
        return kind == GoalKind.OUTPUT ? "Output goal" : "Learning goal";
    }

    /** "46 points", "12%", "—" for nothing. */
    static String show(Indicator indicator, BigDecimal value) {
        return value == null ? "—" : indicator.show(value);
    }

    static String words(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
