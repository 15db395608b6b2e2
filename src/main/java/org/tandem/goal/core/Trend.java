package org.tandem.goal.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.tandem.goal.Direction;

/**
 * A straight line through observations over calendar days. A line, not a curve: it is the projection two
 * people can check with a ruler, and a check-in needs "at this pace" far more than a forecast model.
 * Arithmetic is in doubles around an anchor date, which is exact enough for values people type in.
 */
public record Trend(LocalDate anchor, double valueAtAnchor, double slopePerDay) {
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    // Beyond this a crossing is "never" for any goal a person would set.
    private static final long HORIZON_DAYS = 100L * 365;

    /** Least squares over the measurements; empty unless they span at least two different days. */
    public static Optional<Trend> fit(List<Measurement> measurements) {
        if (measurements.stream().map(Measurement::observedOn).distinct().count() < 2) {
            return Optional.empty();
        }
        LocalDate anchor = measurements.stream().map(Measurement::observedOn).min(LocalDate::compareTo).orElseThrow();
        double n = measurements.size(), sumX = 0, sumY = 0;
        for (Measurement m : measurements) {
            sumX += days(anchor, m.observedOn());
            sumY += m.value().doubleValue();
        }
        double meanX = sumX / n, meanY = sumY / n, sxx = 0, sxy = 0;
        for (Measurement m : measurements) {
            double dx = days(anchor, m.observedOn()) - meanX;
            sxx += dx * dx;
            sxy += dx * (m.value().doubleValue() - meanY);
        }
        double slope = sxy / sxx;
        return Optional.of(new Trend(anchor, meanY - slope * meanX, slope));
    }

    /** The line through two points; empty unless the second lies on a later day. */
    public static Optional<Trend> through(LocalDate from, BigDecimal fromValue, LocalDate to, BigDecimal toValue) {
        if (!to.isAfter(from)) {
            return Optional.empty();
        }
        double slope = (toValue.doubleValue() - fromValue.doubleValue()) / days(from, to);
        return Optional.of(new Trend(from, fromValue.doubleValue(), slope));
    }
    public BigDecimal valueOn(LocalDate date) {
        return BigDecimal.valueOf(valueAtAnchor + slopePerDay * days(anchor, date)).setScale(4, RoundingMode.HALF_UP);
    }

    /** The first day the line is at or past {@code level}, if it ever gets there within a lifetime. */
    public Optional<LocalDate> dayReaching(BigDecimal level) {
        if (slopePerDay == 0) {
            return Optional.empty();
        }
        double offset = Math.ceil((level.doubleValue() - valueAtAnchor) / slopePerDay);
        return Math.abs(offset) > HORIZON_DAYS ? Optional.empty() : Optional.of(anchor.plusDays((long) offset));
    }

    /** Change per month in the direction that counts: positive means toward the target. */
    public double monthlyPaceToward(Direction direction) {
        return slopePerDay * DAYS_PER_MONTH * direction.sign();
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
