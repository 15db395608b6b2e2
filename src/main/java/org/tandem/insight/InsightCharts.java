package org.tandem.insight;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** Small server-side SVG line charts on the 1–5 scale of ratings; the same numbers are also listed as text on the page. */
public final class InsightCharts {

    static final int LEFT = 56, RIGHT = 600, TOP = 20, BOTTOM = 170;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private InsightCharts() {
    }

    public record Point(int x, int y, String label) {
    }

    public record Series(String name, String cssClass, String polyline, List<Point> points) {
    }

    public record Tick(int x, int y, String label) {
    }

    public record Line(String title, String description, List<Series> series, List<Tick> yTicks, List<Tick> xTicks) {

        public boolean empty() {
            return series.isEmpty() || series.getFirst().points().isEmpty();
        }
    }

    static Line ratings(List<PairFigures.RatingPoint> points) {
        List<String> dates = points.stream().map(p -> DAY.format(p.scheduledAt())).toList();
        List<Series> series = points.isEmpty() ? List.of() : List.of(
                series("Clarity", "chart__line", points, PairFigures.RatingPoint::clarity, dates),
                series("Usefulness", "chart__target", points, PairFigures.RatingPoint::usefulness, dates),
                series("Support", "chart__projection", points, PairFigures.RatingPoint::support, dates));
        return new Line("Ratings after each check-in", points.size() + " check-ins rated, 1 (low) to 5 (high)", series, yTicks(), xTicks(dates));
    }

    static Line autonomy(List<PairFigures.AutonomyPoint> points) {
        List<String> dates = points.stream().map(p -> DAY.format(p.scheduledAt())).toList();
        List<Series> series = points.isEmpty() ? List.of()
                : List.of(series("Autonomy", "chart__line", points, PairFigures.AutonomyPoint::rating, dates));
        return new Line("Autonomy over time", points.size() + " autonomy ratings by the mentor, 1 (guided) to 5 (independent)", series,
                yTicks(), xTicks(dates));
    }

    private static <T> Series series(String name, String css, List<T> points, ToIntFunction<T> value, List<String> dates) {
        List<Point> result = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int v = value.applyAsInt(points.get(i));
            result.add(new Point(x(i, points.size()), y(v), name + " " + v + " on " + dates.get(i)));
        }
        String line = String.join(" ", result.stream().map(p -> p.x() + "," + p.y()).toList());
        return new Series(name, css, line, result);
    }

    static int x(int index, int count) {
        return count <= 1 ? (LEFT + RIGHT) / 2 : LEFT + index * (RIGHT - LEFT) / (count - 1);
    }

    static int y(int rating) {
        return BOTTOM - (rating - 1) * (BOTTOM - TOP) / 4;
    }

    private static List<Tick> yTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            ticks.add(new Tick(LEFT - 10, y(r) + 5, String.valueOf(r)));
        }
        return ticks;
    }

    private static List<Tick> xTicks(List<String> dates) {
        List<Tick> ticks = new ArrayList<>();
        if (dates.isEmpty()) {
            return ticks;
        }
        ticks.add(new Tick(x(0, dates.size()), BOTTOM + 24, dates.getFirst()));
        if (dates.size() > 1) {
            ticks.add(new Tick(x(dates.size() - 1, dates.size()), BOTTOM + 24, dates.getLast()));
        }
        return ticks;
    }

    /** "42%" for a share or rate, "—" when there is none. */
    public static String percent(Double value) {
        return value == null ? "—" : Math.round(value * 100) + "%";
    }

    /** "CELEBRATION_STARVED" -> "Celebration starved", for codes kept as strings. */
    public static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public static String decimal(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }
}
