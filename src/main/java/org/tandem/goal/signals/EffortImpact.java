package org.tandem.goal.signals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tandem.goal.Effort;
import org.tandem.goal.Signal;
import org.tandem.goal.SignalKind;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.core.Text;
import org.tandem.goal.signals.GoalSignals.Reading;

/**
 * The rule at the heart of adjustment: substantial effort in a window while the indicator barely moved over
 * the same window. Movement is judged against the distance still open at the window's start, so a goal near
 * its target is not flagged for small final steps being small. Without a measurement inside the window
 * nothing is known about movement, and STALE speaks instead.
 */
final class EffortImpact {

    private EffortImpact() {
    }

    static Optional<Signal> judge(Reading read, Effort effort) {
        if (!substantial(effort)) {
            return Optional.empty();
        }
        List<Measurement> inWindow = read.series().stream()
                .filter(m -> m.observedOn().isAfter(effort.from()) && !m.observedOn().isAfter(effort.to()))
                .toList();
        if (inWindow.isEmpty()) {
            return Optional.empty();
        }
        Indicator indicator = read.indicator();
        BigDecimal start = valueOnOrBefore(read.series(), effort.from()).orElse(indicator.baseline());
        BigDecimal end = inWindow.getLast().value();
        BigDecimal stillNeeded = indicator.remainingFrom(start);
        if (stillNeeded.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal moved = indicator.direction().toward(start, end);
        if (moved.compareTo(stillNeeded.multiply(GoalSignals.MEANINGFUL_SHARE)) >= 0) {
            return Optional.empty();
        }
        String evidence = work(effort) + " between " + effort.from() + " and " + effort.to() + "; meanwhile the indicator "
                + GoalSignals.movement(indicator, moved, stillNeeded) + " (" + GoalSignals.percentOf(moved, stillNeeded)
                + "% of the distance still open, below " + GoalSignals.percentOf(GoalSignals.MEANINGFUL_SHARE, BigDecimal.ONE) + "%).";
        return Optional.of(read.signal(SignalKind.EFFORT_WITHOUT_IMPACT,
                "Work is being done, but the indicator hardly moves.", evidence,
                GoalSignals.reframeOrSplit(read.goal()), GoalSignals.reframeOrSplitText(read.goal())));
    }

    static boolean substantial(Effort effort) {
        return !effort.isNone() && (effort.doneActionItems() >= GoalSignals.SUBSTANTIAL_ACTION_ITEMS
                || effort.hoursSpent().compareTo(GoalSignals.SUBSTANTIAL_HOURS) >= 0);
    }

    private static Optional<BigDecimal> valueOnOrBefore(List<Measurement> series, LocalDate day) {
        return series.stream().filter(m -> !m.observedOn().isAfter(day)).reduce((first, second) -> second).map(Measurement::value);
    }

    private static String work(Effort effort) {
        List<String> parts = new ArrayList<>();
        if (effort.doneActionItems() > 0) {
            parts.add(GoalSignals.count(effort.doneActionItems(), "action item") + " done");
        }
        if (effort.hoursSpent().signum() > 0) {
            parts.add(Indicator.plain(effort.hoursSpent()) + " hours spent");
        }
        return Text.capitalized(Text.joinAnd(parts));
    }
}
