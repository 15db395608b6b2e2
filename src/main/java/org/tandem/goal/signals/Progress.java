package org.tandem.goal.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.tandem.goal.core.Goal;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.core.Trend;

/**
 * How far a goal has come and where it is heading. {@code percent} is for bars: clamped to 0..100 and rounded
 * down, so a bar shows 100 only once the target is really reached. {@code rawPercent} keeps overshoot and
 * setbacks (120, -15) for the text beside it.
 */
public record Progress(BigDecimal latest, LocalDate latestOn, int percent, int rawPercent, boolean targetReached,
                Optional<Projection> projection) {

    public enum Basis {
        /** A least-squares line through all measurements. */
        LEAST_SQUARES,
        /** Only one day measured: the line from the baseline at agreement to that measurement. */
        FROM_BASELINE
    }

    /** Where the line stands on the due date, and the day it meets the target ({@code null}: not at this pace). */
    public record Projection(Basis basis, BigDecimal valueAtDue, boolean reachesTarget, LocalDate targetReachedOn) {
        public Optional<LocalDate> reachedOn() {
            return Optional.ofNullable(targetReachedOn);
        }
    }

    static Progress of(Goal goal, List<Measurement> measurements) {
        // The baseline describes the day the pair agreed; a proposal that is not agreed yet starts on proposal.
        LocalDate startOn = LocalDate.ofInstant(goal.agreedAt().orElse(goal.proposedAt()), ZoneOffset.UTC);
        return of(goal.terms().indicator(), startOn, goal.terms().dueOn(), measurements);
    }

    static Progress of(Indicator indicator, LocalDate startOn, LocalDate dueOn, List<Measurement> measurements) {
        List<Measurement> series = Measurement.chronological(measurements);
        if (series.isEmpty()) {
            return new Progress(null, null, 0, 0, false, Optional.empty());
        }
        Measurement last = series.getLast();
        int raw = rawPercent(indicator, last.value());
        boolean reached = indicator.reachedBy(last.value());
        return new Progress(last.value(), last.observedOn(), Math.clamp(raw, 0, 100), raw, reached,
                project(indicator, startOn, dueOn, series, reached));
    }

    private static int rawPercent(Indicator indicator, BigDecimal value) {
        BigDecimal gap = indicator.gap();
        if (gap.signum() <= 0) {
            return indicator.reachedBy(value) ? 100 : 0;
        }
        BigDecimal share = indicator.direction().toward(indicator.baseline(), value)
                .multiply(BigDecimal.valueOf(100)).divide(gap, 0, RoundingMode.FLOOR);
        return share.max(BigDecimal.valueOf(-9999)).min(BigDecimal.valueOf(9999)).intValueExact();
    }

    private static Optional<Projection> project(Indicator indicator, LocalDate startOn, LocalDate dueOn,
                                                List<Measurement> series, boolean reached) {
        Measurement last = series.getLast();
        Optional<Trend> fitted = Trend.fit(series);
        Basis basis = fitted.isPresent() ? Basis.LEAST_SQUARES : Basis.FROM_BASELINE;
        Optional<Trend> trend = fitted.or(() -> Trend.through(startOn, indicator.baseline(), last.observedOn(), last.value()));
        return trend.map(line -> {
            BigDecimal atDue = line.valueOn(dueOn);
            LocalDate reachedOn = reached ? firstDayReached(indicator, series) : crossing(indicator, line, last.observedOn());
            return new Projection(basis, atDue, reached || indicator.reachedBy(atDue), reachedOn);
        });
    }

    private static LocalDate firstDayReached(Indicator indicator, List<Measurement> series) {
        return series.stream().filter(m -> indicator.reachedBy(m.value())).findFirst().orElseThrow().observedOn();
    }

    /** A line heading away from the target never reaches it; a noisy line may "cross" in the past, so never before the next day. */
    private static LocalDate crossing(Indicator indicator, Trend line, LocalDate lastObserved) {
        if (line.monthlyPaceToward(indicator.direction()) <= 0) {
            return null;
        }
        return line.dayReaching(indicator.target())
                .map(day -> day.isAfter(lastObserved) ? day : lastObserved.plusDays(1))
                .orElse(null);
    }
}
