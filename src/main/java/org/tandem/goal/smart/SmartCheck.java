package org.tandem.goal.smart;

import static org.tandem.goal.smart.SmartVerdict.Verdict.missing;
import static org.tandem.goal.smart.SmartVerdict.Verdict.ok;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tandem.goal.core.GoalDraft;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.core.Text;
import org.tandem.goal.core.Trend;
import org.tandem.goal.smart.SmartVerdict.Verdict;

/**
 * Checks a draft goal for the five SMART properties and says, for each, what is missing and how to fix it.
 * A pure function of the draft, today's date in the person's zone, and (when a goal is being revised) the
 * measurements so far; incomplete drafts are answered property by property.
 */
public final class SmartCheck {

    /** Further away than this, a due date stops structuring the work; split the goal instead. */
    static final int MAX_YEARS_AHEAD = 3;
    /** Needing more than this multiple of the pace achieved so far is a wish, not a plan. */
    static final double MAX_PACE_RATIO = 3.0;
    static final int MIN_NOTE_WORDS = 3;
    static final int MIN_PRIORITY_WORDS = 2;

    private SmartCheck() {
    }

    public static SmartVerdict check(GoalDraft draft, LocalDate today) {
        return check(draft, today, List.of());
    }

    public static SmartVerdict check(GoalDraft draft, LocalDate today, List<Measurement> history) {
        return new SmartVerdict(SpecificStatement.judge(draft.statement()), measurable(draft),
                attainable(draft, today, history), relevant(draft), timeBound(draft, today));
    }

    static Verdict measurable(GoalDraft d) {
        List<String> absent = new ArrayList<>();
        if (Text.isPlaceholder(d.indicatorName())) absent.add("an indicator (what you will count or rate)");
        if (Text.isBlank(d.indicatorUnit())) absent.add("its unit");
        if (d.baseline() == null) absent.add("a baseline (its value today)");
        if (d.target() == null) absent.add("a target");
        if (d.direction() == null) absent.add("a direction (increase or decrease)");
        if (!absent.isEmpty()) {
            return missing("Not measurable yet: add " + Text.joinAnd(absent) + ".");
        }
        int toward = d.direction().toward(d.baseline(), d.target()).signum();
        if (toward == 0) {
            return missing("The target equals the baseline (" + Indicator.plain(d.baseline()) + "), so success would look "
                    + "like today. Set a target the indicator has to move to.");
        }
        if (toward < 0) {
            return missing("The target " + Indicator.plain(d.target()) + " lies on the wrong side of the baseline "
                    + Indicator.plain(d.baseline()) + " for an indicator that should " + d.direction().verb()
                    + ". Swap the direction or correct the target.");
        }
        return ok("Measured by " + d.indicatorName().strip() + ": from " + Indicator.plain(d.baseline()) + " to "
                + Indicator.plain(d.target()) + Indicator.unitSuffix(d.indicatorUnit().strip()) + ".");
    }

    static Verdict attainable(GoalDraft d, LocalDate today, List<Measurement> history) {
        if (Text.isPlaceholder(d.attainability()) || Text.words(d.attainability()).size() < MIN_NOTE_WORDS) {
            return missing("Add a note on why this is within reach: the time available, the support or training "
                    + "planned, or what has worked before.");
        }
        return paceProblem(d, today, history).map(Verdict::missing)
                .orElseGet(() -> ok("The note explains why this is within reach."));
    }

    /** Compares the pace the target needs with the pace measured so far; silent when either is unknown. */
    private static Optional<String> paceProblem(GoalDraft d, LocalDate today, List<Measurement> history) {
        if (d.target() == null || d.direction() == null || d.dueOn() == null || !d.dueOn().isAfter(today)) {
            return Optional.empty();
        }
        Optional<Trend> trend = Trend.fit(history);
        if (trend.isEmpty()) {
            return Optional.empty();
        }
        List<Measurement> series = Measurement.chronological(history);
        BigDecimal latest = series.getLast().value();
        double remaining = d.direction().toward(latest, d.target()).doubleValue();
        if (remaining <= 0) {
            return Optional.empty();
        }
        double months = ChronoUnit.DAYS.between(today, d.dueOn()) / Trend.DAYS_PER_MONTH;
        double needed = remaining / months;
        double achieved = trend.get().monthlyPaceToward(d.direction());
        String goal = "reaching " + Indicator.plain(d.target()) + " by " + d.dueOn() + " needs " + number(needed) + " per month";
        if (achieved <= 0) {
            return Optional.of("The " + series.size() + " measurements from " + series.getFirst().observedOn() + " to "
                    + series.getLast().observedOn() + " show no movement toward the target, yet " + goal
                    + ". Say what will change, lower the target or move the date.");
        }
        if (needed > MAX_PACE_RATIO * achieved) {
            return Optional.of(Text.capitalized(goal) + ", more than " + (int) MAX_PACE_RATIO + " times the " + number(achieved)
                    + " per month measured so far. Lower the target, move the date, or change the plan behind it.");
        }
        return Optional.empty();
    }

    static Verdict relevant(GoalDraft d) {
        if (Text.isPlaceholder(d.relevance()) || Text.words(d.relevance()).size() < MIN_PRIORITY_WORDS) {
            return missing("Name the team or organization priority this goal serves, e.g. \"Q3 checkout reliability\" "
                    + "or \"growing the data platform team\", so both of you can tell why it matters now.");
        }
        return ok("Serves \"" + d.relevance().strip() + "\".");
    }

    static Verdict timeBound(GoalDraft d, LocalDate today) {
        if (d.dueOn() == null) {
            return missing("Set a due date, so both of you know when to judge the result.");
        }
        if (!d.dueOn().isAfter(today)) {
            return missing("The due date " + d.dueOn() + " is not in the future. Pick a date after today.");
        }
        if (d.dueOn().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            return missing("The due date " + d.dueOn() + " is more than " + MAX_YEARS_AHEAD + " years away. Set a nearer "
                    + "date for a first stage and make the rest a later goal.");
        }
        return ok("Due on " + d.dueOn() + ", in " + ChronoUnit.DAYS.between(today, d.dueOn()) + " days.");
    }

    private static String number(double value) {
        return Indicator.plain(BigDecimal.valueOf(value));
    }
}
