package org.tandem.goal.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tandem.goal.Effort;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.Signal;
import org.tandem.goal.Signal.Move;
import org.tandem.goal.Signal.Suggestion;
import org.tandem.goal.SignalKind;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.signals.Progress.Projection;

/**
 * Reads a goal's evidence and says when it is time to talk about adjusting it. Pure: the same goal,
 * measurements, effort, cadence and date always give the same signals, so a page and an email never disagree.
 * Signals are for active goals that have not reached their target; they suggest, the pair decides.
 */
public final class GoalSignals {

    static final int DUE_SOON_DAYS = 14;
    static final int STALE_AFTER_INTERVALS = 2;
    /** Movement below this share of the remaining distance counts as "has not moved". */
    static final BigDecimal MEANINGFUL_SHARE = new BigDecimal("0.10");
    static final int SUBSTANTIAL_ACTION_ITEMS = 3;
    static final BigDecimal SUBSTANTIAL_HOURS = BigDecimal.TEN;

    private GoalSignals() {
    }

    static List<Signal> of(Goal goal, List<Measurement> measurements, Effort effort, int cadenceIntervalDays, LocalDate today) {
        if (cadenceIntervalDays <= 0) {
            throw new IllegalArgumentException("The cadence interval must be at least one day");
        }
        if (measurements.stream().anyMatch(m -> !m.goalId().equals(goal.id()))) {
            throw new IllegalArgumentException("Measurements of another goal were passed for goal " + goal.id());
        }
        if (goal.status() != GoalStatus.ACTIVE) {
            return List.of();
        }
        var read = new Reading(goal, Measurement.chronological(measurements), Progress.of(goal, measurements), today);
        List<Signal> signals = new ArrayList<>();
        if (!read.progress().targetReached()) {
            offTrack(read).ifPresent(signals::add);
            EffortImpact.judge(read, effort).ifPresent(signals::add);
            deadline(read).ifPresent(signals::add);
        }
        stale(read, cadenceIntervalDays).ifPresent(signals::add);
        return signals;
    }

    /** What every rule looks at, read once. */
    record Reading(Goal goal, List<Measurement> series, Progress progress, LocalDate today) {

        Indicator indicator() {
            return goal.terms().indicator();
        }

        LocalDate dueOn() {
            return goal.terms().dueOn();
        }

        LocalDate startOn() {
            return LocalDate.ofInstant(goal.agreedAt().orElse(goal.proposedAt()), ZoneOffset.UTC);
        }

        BigDecimal current() {
            return progress.latest() != null ? progress.latest() : indicator().baseline();
        }

        Signal signal(SignalKind kind, String message, String evidence, Move move, String suggestion) {
            return new Signal(goal.id(), kind, message, evidence, new Suggestion(move, suggestion));
        }
    }

    private static Optional<Signal> offTrack(Reading read) {
        Optional<Projection> projection = read.progress().projection();
        if (read.dueOn().isBefore(read.today()) || projection.isEmpty() || projection.get().reachesTarget()) {
            return Optional.empty();
        }
        Indicator indicator = read.indicator();
        Projection p = projection.get();
        LocalDate from = p.basis() == Progress.Basis.LEAST_SQUARES ? read.series().getFirst().observedOn() : read.startOn();
        String evidence = count(read.series().size(), "measurement") + " over " + ChronoUnit.DAYS.between(from, read.progress().latestOn())
                + " days " + movement(indicator, indicator.direction().toward(indicator.baseline(), read.current()), indicator.gap())
                + "; projected " + indicator.show(p.valueAtDue()) + " at the due date " + read.dueOn()
                + " vs target " + indicator.show(indicator.target()) + ".";
        String message = "At the measured pace this goal misses its target on the due date.";
        // Moving the date is a fair answer only while it at most doubles the plan; beyond that the goal itself needs rethinking.
        LocalDate latestFairDate = read.dueOn().plusDays(ChronoUnit.DAYS.between(read.startOn(), read.dueOn()));
        Optional<LocalDate> reachable = p.reachedOn().filter(day -> !day.isAfter(latestFairDate));
        if (reachable.isPresent()) {
            return Optional.of(read.signal(SignalKind.OFF_TRACK, message, evidence, Move.MOVE_DEADLINE,
                    "At this pace the target is reached around " + reachable.get() + ". Agree a later due date in a revision, "
                            + "or add support that speeds the work up."));
        }
        return Optional.of(read.signal(SignalKind.OFF_TRACK, message, evidence, reframeOrSplit(read.goal()), reframeOrSplitText(read.goal())));
    }

    private static Optional<Signal> deadline(Reading read) {
        long daysLeft = ChronoUnit.DAYS.between(read.today(), read.dueOn());
        if (daysLeft > DUE_SOON_DAYS) {
            return Optional.empty();
        }
        Indicator indicator = read.indicator();
        String evidence = "Now at " + indicator.show(read.current()) + " (" + read.progress().percent() + "% of the way), target "
                + indicator.show(indicator.target()) + " due on " + read.dueOn() + ".";
        if (daysLeft < 0) {
            return Optional.of(read.signal(SignalKind.OVERDUE, "The due date passed " + -daysLeft + " days ago without the target being reached.",
                    evidence, Move.FINISH_OR_CLOSE, "Decide together: mark it achieved if the result is good enough, agree a new "
                            + "date in a revision, or retire it with a reason."));
        }
        boolean onPace = read.progress().projection().map(Projection::reachesTarget).orElse(false);
        String message = "Due in " + count(daysLeft, "day") + " and the target is not reached yet.";
        return Optional.of(onPace
                ? read.signal(SignalKind.DUE_SOON, message, evidence, Move.FINISH_OR_CLOSE,
                        "The pace is right: plan the last steps at the next check-in and mark it achieved when the target is met.")
                : read.signal(SignalKind.DUE_SOON, message, evidence, Move.MOVE_DEADLINE,
                        "At this pace it will not be reached in time: agree a new date in a revision, or narrow the target."));
    }

    private static Optional<Signal> stale(Reading read, int intervalDays) {
        LocalDate last = read.progress().latestOn() != null ? read.progress().latestOn() : read.startOn();
        long days = ChronoUnit.DAYS.between(last, read.today());
        if (days <= (long) STALE_AFTER_INTERVALS * intervalDays) {
            return Optional.empty();
        }
        String since = read.progress().latestOn() != null ? "The last measurement is from " + last
                : "Nothing was measured since the goal was agreed on " + last;
        return Optional.of(read.signal(SignalKind.STALE, "No measurement for " + days + " days.",
                since + "; check-ins are every " + count(intervalDays, "day") + ".", Move.RECORD_MEASUREMENT,
                "Record the current value at the next check-in. If the indicator is hard to observe, revise it to one you can measure."));
    }

    static Move reframeOrSplit(Goal goal) {
        return goal.terms().kind() == GoalKind.OUTPUT ? Move.REFRAME_AS_LEARNING : Move.SPLIT_GOAL;
    }

    static String reframeOrSplitText(Goal goal) {
        return goal.terms().kind() == GoalKind.OUTPUT
                ? "Consider reframing it as a learning goal: name the competence this work builds and how it will be shown."
                : "Consider splitting it: a nearer step with an indicator that moves with the work, the rest as a later goal.";
    }

    /** "moved 2 of 40 points", or "moved 3 points away from the target" for a setback. */
    static String movement(Indicator indicator, BigDecimal moved, BigDecimal needed) {
        return moved.signum() >= 0
                ? "moved " + Indicator.plain(moved) + " of " + indicator.show(needed)
                : "moved " + indicator.show(moved.negate()) + " away from the target";
    }
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static int percentOf(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.FLOOR).intValue();
    }
}
