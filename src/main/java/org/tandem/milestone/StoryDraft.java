package org.tandem.milestone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.goal.Direction;
import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalHistory;
import org.tandem.goal.GoalHistory.Point;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalSummary;

/**
 * Drafts a milestone's story from the goal's own history, as a few sentences per part rather than a table: the
 * pair reads it, corrects it and adds what numbers cannot say. A pure function of its inputs.
 */
final class StoryDraft {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private StoryDraft() {
    }

    static Story draft(GoalHistory history, Milestone milestone, String menteeFirstName) {
        return draft(history, milestone, menteeFirstName, ZoneOffset.UTC);
    }

    /**
     * The story as the reader drafts it: days of instants (a decision agreed, the milestone reached) are the days in
     * the reader's zone, so the story says the same date as the pages beside it.
     */
    static Story draft(GoalHistory history, Milestone milestone, String menteeFirstName, ZoneId zone) {
        return new Story(context(history, menteeFirstName), learningCurve(history), decisionPoints(history.decisions(), zone),
                impact(history, milestone, zone));
    }

    static String context(GoalHistory history, String mentee) {
        GoalSummary goal = history.summary();
        StringBuilder text = new StringBuilder();
        text.append(mentee).append(" set out to reach “").append(goal.title()).append("”, ")
                .append(goal.kind() == GoalKind.LEARNING ? "a learning goal: " : "an output goal: ")
                .append(sentence(history.statement()));
        text.append(" Success meant bringing ").append(indicator(goal)).append(" from ").append(show(goal, goal.baseline()))
                .append(" to ").append(show(goal, goal.target())).append(" by ").append(DAY.format(goal.dueOn())).append(".");
        if (history.relevance() != null) {
            text.append(" Why it mattered: ").append(sentence(history.relevance()));
        }
        if (history.attainability() != null) {
            text.append(" What made it doable: ").append(sentence(history.attainability()));
        }
        return text.toString();
    }

    static String learningCurve(GoalHistory history) {
        GoalSummary goal = history.summary();
        List<Point> points = history.measurements();
        if (points.isEmpty()) {
            return "Nobody has measured " + indicator(goal) + " yet, so the learning curve is told by the evidence the pair gave.";
        }
        Point first = points.getFirst();
        Point last = points.getLast();
        if (points.size() == 1) {
            return "From a baseline of " + show(goal, goal.baseline()) + ", the one measurement so far, on " + DAY.format(first.observedOn())
                    + ", read " + show(goal, first.value()) + ".";
        }
        StringBuilder text = new StringBuilder();
        text.append(capitalised(indicator(goal))).append(" went from ").append(show(goal, first.value())).append(" to ")
                .append(show(goal, last.value())).append(" over ").append(span(first.observedOn(), last.observedOn()))
                .append(" (").append(points.size()).append(" measurements, ").append(DAY.format(first.observedOn())).append(" to ")
                .append(DAY.format(last.observedOn())).append(").");
        int steepest = -1;
        int setback = -1;
        for (int i = 1; i < points.size(); i++) {
            BigDecimal move = toward(goal.direction(), points.get(i - 1).value(), points.get(i).value());
            if (move.signum() > 0 && (steepest < 0 || move.compareTo(toward(goal.direction(), points.get(steepest - 1).value(),
                    points.get(steepest).value())) > 0)) {
                steepest = i;
            }
            if (move.signum() < 0 && (setback < 0 || move.compareTo(toward(goal.direction(), points.get(setback - 1).value(),
                    points.get(setback).value())) < 0)) {
                setback = i;
            }
        }
        if (steepest > 0) {
            Point from = points.get(steepest - 1);
            Point to = points.get(steepest);
            text.append(" The steepest stretch came in ").append(month(to.observedOn())).append(", from ").append(show(goal, from.value()))
                    .append(" to ").append(show(goal, to.value())).append(".");
        }
        if (setback > 0) {
            Point from = points.get(setback - 1);
            Point to = points.get(setback);
            text.append(" It slipped back once, from ").append(show(goal, from.value())).append(" to ").append(show(goal, to.value()))
                    .append(" in ").append(month(to.observedOn())).append(", and recovered from there.");
        }
        return text.toString();
    }

    static List<String> decisionPoints(List<GoalHistory.Decision> decisions, ZoneId zone) {
        List<String> points = new ArrayList<>();
        for (GoalHistory.Decision decision : decisions) {
            StringBuilder text = new StringBuilder();
            text.append(decision.agreedAt() == null ? "Later" : "On " + DAY.format(decision.agreedAt().atZone(zone).toLocalDate()))
                    .append(", they changed ").append(changes(decision.changes())).append(" (revision #").append(decision.number())
                    .append("). The reason: ").append(sentence(decision.rationale()));
            List<String> weighed = new ArrayList<>();
            if (decision.teamPriorities() != null) {
                weighed.add("the team's priorities (" + trimEnd(decision.teamPriorities()) + ")");
            }
            if (decision.constraints() != null) {
                weighed.add("the constraints (" + trimEnd(decision.constraints()) + ")");
            }
            if (decision.interests() != null) {
                weighed.add("personal interests (" + trimEnd(decision.interests()) + ")");
            }
            if (!weighed.isEmpty()) {
                text.append(" They weighed ").append(joined(weighed)).append(".");
            }
            points.add(text.toString());
        }
        return points;
    }

    static String impact(GoalHistory history, Milestone milestone, ZoneId zone) {
        GoalSummary goal = history.summary();
        StringBuilder text = new StringBuilder();
        text.append("“").append(milestone.title()).append("” was reached");
        if (milestone.reachedAt() != null) {
            text.append(" on ").append(DAY.format(milestone.reachedAt().atZone(zone).toLocalDate()));
        }
        if (milestone.reachedAutomatically()) {
            text.append(", the moment ").append(indicator(goal)).append(" reached the threshold of ").append(show(goal, milestone.threshold()))
                    .append(".");
        } else if (milestone.evidence() != null) {
            text.append(". What shows it: ").append(sentence(milestone.evidence()));
        } else {
            text.append(".");
        }
        if (goal.latest() != null) {
            text.append(" The goal now stands at ").append(show(goal, goal.latest())).append(", ").append(goal.percent())
                    .append("% of the way from ").append(show(goal, goal.baseline())).append(" to ").append(show(goal, goal.target())).append(".");
        }
        List<String> notes = history.measurements().stream().map(Point::note).filter(n -> n != null && !n.isBlank()).toList();
        if (!notes.isEmpty()) {
            List<String> recent = notes.subList(Math.max(0, notes.size() - 2), notes.size());
            text.append(" Along the way they noted: ").append(String.join("; ", recent.stream().map(n -> "“" + trimEnd(n) + "”").toList()))
                    .append(".");
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- wording

    private static String changes(List<FieldChange> changes) {
        List<String> parts = new ArrayList<>();
        for (FieldChange change : changes) {
            String name = switch (change.field()) {
                case "title" -> "the title";
                case "statement" -> "the statement";
                case "kind" -> "the kind of goal";
                case "indicator.name" -> "what is measured";
                case "indicator.unit" -> "the unit";
                case "indicator.baseline" -> "the baseline";
                case "indicator.target" -> "the target";
                case "indicator.direction" -> "the direction";
                case "attainability" -> "how it is made doable";
                case "relevance" -> "why it matters";
                case "dueOn" -> "the due date";
                default -> change.field();
            };
            boolean shortValues = (change.before() == null || change.before().length() <= 40) && (change.after() == null || change.after().length() <= 40);
            parts.add(shortValues ? name + " from " + quote(change.before()) + " to " + quote(change.after()) : name);
        }
        return parts.isEmpty() ? "the goal" : joined(parts);
    }

    private static String quote(String value) {
        return value == null ? "nothing" : value.matches("-?[0-9.]+|\\d{4}-\\d{2}-\\d{2}|[A-Z_]+") ? value : "“" + value + "”";
    }

    private static String indicator(GoalSummary goal) {
        return goal.indicatorName().isEmpty() ? "the indicator" : goal.indicatorName().substring(0, 1).toLowerCase(Locale.ROOT)
                .concat(goal.indicatorName().substring(1));
    }

    private static BigDecimal toward(Direction direction, BigDecimal from, BigDecimal to) {
        BigDecimal change = to.subtract(from);
        return direction == Direction.INCREASE ? change : change.negate();
    }

    static String show(GoalSummary goal, BigDecimal value) {
        String number = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return goal.unit().equals("%") ? number + "%" : number + " " + goal.unit();
    }

    static String span(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 14) {
            return days == 1 ? "one day" : days + " days";
        }
        if (days < 120) {
            return Math.round(days / 7.0) + " weeks";
        }
        return Math.round(days / 30.4) + " months";
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The text as one sentence: first letter kept, a full stop added when it has none. */
    private static String sentence(String text) {
        String clean = text.strip();
        char last = clean.charAt(clean.length() - 1);
        return last == '.' || last == '!' || last == '?' ? clean : clean + ".";
    }

    private static String trimEnd(String text) {
        String clean = text.strip();
        while (!clean.isEmpty() && ".;,".indexOf(clean.charAt(clean.length() - 1)) >= 0) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean;
    }
}
