package org.tandem.goal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.tandem.goal.core.Decimals;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.core.Trend;
import org.tandem.goal.signals.GoalSignals;
import org.tandem.goal.signals.Progress;
import org.tandem.shared.Format;

/**
 * The indicator chart of a goal page as server-side SVG geometry in a 640×240 view box: the measured line, the
 * target line, the due date, and the straight-line projection the signals are read from. The template only
 * places what this computes; {@code description} carries the same numbers as text for screen readers.
 */
public record GoalChart(String title, String description, String line, List<Dot> points, Guide target, Guide due,
                        Segment projection, List<Tick> yTicks, List<Tick> xTicks) {

    static final double WIDTH = 640, LEFT = 56, RIGHT = 600, TOP = 20, BOTTOM = 190, LABEL_Y = 214;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public record Dot(double x, double y, String label) {
    }

    public record Segment(double x1, double y1, double x2, double y2) {
    }

    /** A line across the plot with its label. */
    public record Guide(double x1, double y1, double x2, double y2, double labelX, double labelY, String label, String anchor) {
    }

    public record Tick(double x, double y, String label, String anchor) {
    }

    /** Empty without measurements: a chart of nothing would only say "no data" in a harder way. */
    static Optional<GoalChart> of(Goal goal, List<Measurement> measurements) {
        List<Measurement> series = Measurement.chronological(measurements);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        Indicator indicator = goal.terms().indicator();
        // Like Progress: the baseline describes the day the pair agreed.
        LocalDate startOn = LocalDate.ofInstant(goal.agreedAt().orElse(goal.proposedAt()), ZoneOffset.UTC);
        LocalDate dueOn = goal.terms().dueOn();
        Optional<Trend> trend = Trend.fit(series)
                .or(() -> Trend.through(startOn, indicator.baseline(), series.getLast().observedOn(), series.getLast().value()));
        LocalDate trendFrom = Trend.fit(series).isPresent() ? series.getFirst().observedOn() : startOn;

        LocalDate from = min(startOn, series.getFirst().observedOn());
        LocalDate to = max(dueOn, series.getLast().observedOn());
        if (!to.isAfter(from)) {
            to = from.plusDays(1);
        }
        List<Double> values = new ArrayList<>(List.of(indicator.baseline().doubleValue(), indicator.target().doubleValue()));
        series.forEach(m -> values.add(m.value().doubleValue()));
        trend.ifPresent(t -> {
            values.add(t.valueOn(trendFrom).doubleValue());
            values.add(t.valueOn(dueOn).doubleValue());
        });
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        // A little room above and below, so the target never sits on the frame of the plot.
        double room = Math.max(hi - lo, Math.abs(hi) * 0.1 + 1) * 0.08;
        // ...but no negative axis for an indicator that cannot go below zero.
        lo = lo >= 0 ? Math.max(0, lo - room) : lo - room;
        hi += room;
        double step = niceStep(hi - lo);
        lo = Math.floor(lo / step) * step;
        hi = Math.ceil(hi / step) * step;
        if (hi == lo) {
            hi = lo + step;
        }
        var scale = new Scale(from, to, lo, hi);

        List<Dot> points = series.stream()
                .map(m -> new Dot(scale.x(m.observedOn()), scale.y(m.value().doubleValue()),
                        Indicator.plain(m.value()) + " on " + Format.date(m.observedOn())))
                .toList();
        String line = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        double targetY = scale.y(indicator.target().doubleValue());
        // The target's label sits above its line unless the line hugs the top edge.
        double targetLabelY = targetY - 6 < TOP + 4 ? targetY + 16 : targetY - 6;
        Guide target = new Guide(LEFT, targetY, RIGHT, targetY, LEFT + 8, targetLabelY,
                "Target " + indicator.show(indicator.target()), "start");
        double dueX = scale.x(dueOn);
        Guide due = new Guide(dueX, TOP, dueX, BOTTOM, dueX, LABEL_Y, "Due " + SHORT.format(dueOn), "end");
        Segment projection = trend.map(t -> new Segment(scale.x(trendFrom), scale.y(t.valueOn(trendFrom).doubleValue()),
                dueX, scale.y(t.valueOn(dueOn).doubleValue()))).orElse(null);

        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; lo + i * step <= hi + step / 2; i++) {
            double v = lo + i * step;
            yTicks.add(new Tick(LEFT - 8, scale.y(v) + 4, Indicator.plain(BigDecimal.valueOf(v)), "end"));
        }
        List<Tick> xTicks = List.of(new Tick(LEFT, LABEL_Y, SHORT.format(from), "start"));

        String title = indicator.name() + " toward " + indicator.show(indicator.target()) + " by " + Format.date(dueOn);
        return Optional.of(new GoalChart(title, describe(goal, series, trend), line, points, target, due, projection, yTicks, xTicks));
    }

    private static String describe(Goal goal, List<Measurement> series, Optional<Trend> trend) {
        Indicator indicator = goal.terms().indicator();
        List<Measurement> shown = series.size() > 12 ? series.subList(series.size() - 12, series.size()) : series;
        String values = shown.stream().map(m -> Indicator.plain(m.value()) + " on " + Format.date(m.observedOn()))
                .collect(Collectors.joining(", "));
        String text = "Baseline " + indicator.show(indicator.baseline()) + ", target " + indicator.show(indicator.target())
                + " by " + Format.date(goal.terms().dueOn()) + ". " + GoalSignals.count(series.size(), "measurement")
                + (shown.size() < series.size() ? ", the latest " + shown.size() : "") + ": " + values + ".";
        return trend.map(t -> text + " The straight line through them reaches " + indicator.show(Decimals.plain(t.valueOn(goal.terms().dueOn())
                .setScale(2, RoundingMode.HALF_UP))) + " on the due date.").orElse(text);
    }

    /** 1, 2 or 5 times a power of ten, giving about four steps over the range. */
    static double niceStep(double range) {
        if (range <= 0) {
            return 1;
        }
        double raw = range / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private record Scale(LocalDate from, LocalDate to, double lo, double hi) {

        double x(LocalDate day) {
            double share = (double) ChronoUnit.DAYS.between(from, day) / ChronoUnit.DAYS.between(from, to);
            return round(LEFT + share * (RIGHT - LEFT));
        }

        double y(double value) {
            return round(BOTTOM - (value - lo) / (hi - lo) * (BOTTOM - TOP));
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
