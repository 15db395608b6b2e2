package org.tandem.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.insight.InsightReadModel.CheckInFact;
import org.tandem.insight.InsightReadModel.GoalFact;
import org.tandem.insight.PairFigures.Autonomy;
import org.tandem.insight.PairFigures.AutonomyPoint;
import org.tandem.insight.PairFigures.Cadence;
import org.tandem.insight.PairFigures.Goals;
import org.tandem.insight.PairFigures.RatingPoint;
import org.tandem.insight.PairFigures.Ratings;

/** Pure arithmetic from a pair's facts to its figures; no database, no clock (time comes in as {@code now}). */
final class PairCalculus {

    private PairCalculus() {
    }

    static List<CheckInFact> lastCompleted(List<CheckInFact> checkIns, int n) {
        List<CheckInFact> completed = checkIns.stream().filter(c -> "COMPLETED".equals(c.status())).toList();
        return completed.subList(Math.max(0, completed.size() - n), completed.size());
    }

    /**
     * Due: every check-in that ended COMPLETED or MISSED, or is still SCHEDULED past its window. Held within the window:
     * completed and started no further than {@code window} from when it was scheduled. A missed streak is a run of
     * due check-ins not held; the current streak is the run at the end.
     */
    static Cadence cadence(List<CheckInFact> checkIns, Duration window, Instant now) {
        int due = 0, held = 0, missed = 0, streak = 0, longest = 0;
        for (CheckInFact c : checkIns) {
            boolean overdue = ("SCHEDULED".equals(c.status())) && c.scheduledAt().plus(window).isBefore(now);
            boolean completed = "COMPLETED".equals(c.status());
            if (!(completed || "MISSED".equals(c.status()) || overdue)) {
                continue;
            }
            due++;
            if (completed) {
                Instant started = c.startedAt() != null ? c.startedAt() : c.completedAt();
                if (started != null && Duration.between(c.scheduledAt(), started).abs().compareTo(window) <= 0) {
                    held++;
                }
                streak = 0;
            } else {
                missed++;
                streak++;
                longest = Math.max(longest, streak);
            }
        }
        return new Cadence(due, held, missed, streak, longest, due == 0 ? null : (double) held / due);
    }

    static Goals goals(List<GoalFact> goals, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int active = 0, achieved = 0, decided = 0;
        for (GoalFact g : goals) {
            switch (g.status()) {
                case "ACHIEVED" -> {
                    achieved++;
                    decided++;
                }
                case "RETIRED" -> decided++;
                case "ACTIVE" -> {
                    active++;
                    if (g.dueOn().isBefore(today)) {
                        decided++;
                    }
                }
                default -> {
                }
            }
        }
        return new Goals(active, achieved, decided, decided == 0 ? null : (double) achieved / decided);
    }

    static Ratings ratings(List<CheckInFact> checkIns) {
        int n = 0, clarity = 0, usefulness = 0, support = 0;
        for (CheckInFact c : checkIns) {
            if (c.clarity() != null) {
                n++;
                clarity += c.clarity();
                usefulness += c.usefulness();
                support += c.support();
            }
        }
        if (n == 0) {
            return new Ratings(null, null, null, 0, 0, false);
        }
        return new Ratings((double) clarity / n, (double) usefulness / n, (double) support / n, 1, n, false);
    }

    static List<RatingPoint> ratingsOverTime(List<CheckInFact> checkIns) {
        return checkIns.stream().filter(c -> c.clarity() != null)
                .map(c -> new RatingPoint(c.scheduledAt(), c.clarity(), c.usefulness(), c.support())).toList();
    }

    static Autonomy autonomy(List<CheckInFact> checkIns) {
        List<AutonomyPoint> points = checkIns.stream().filter(c -> c.autonomy() != null)
                .map(c -> new AutonomyPoint(c.scheduledAt(), c.autonomy())).toList();
        if (points.isEmpty()) {
            return new Autonomy(null, null, null, points, false);
        }
        Double slope = slope(points.stream().mapToInt(AutonomyPoint::rating).toArray());
        return new Autonomy(slope, points.getLast().rating(), direction(slope), points, false);
    }

    /** Least-squares slope of values over their index; null below two values. */
    static Double slope(int[] values) {
        int n = values.length;
        if (n < 2) {
            return null;
        }
        double meanX = (n - 1) / 2.0, meanY = 0;
        for (int v : values) {
            meanY += v;
        }
        meanY /= n;
        double num = 0, den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (values[i] - meanY);
            den += (i - meanX) * (i - meanX);
        }
        return num / den;
    }

    static String direction(Double slope) {
        if (slope == null) {
            return null;
        }
        if (slope > 0.05) {
            return "RISING";
        }
        return slope < -0.05 ? "FALLING" : "STEADY";
    }

    static List<PairFigures.CheckInBalance> balances(List<CheckInFact> recent, Map<java.util.UUID, Balance.Weights> weights) {
        List<PairFigures.CheckInBalance> result = new ArrayList<>();
        for (CheckInFact c : recent) {
            Balance.Weights w = weights.get(c.id());
            result.add(new PairFigures.CheckInBalance(c.id(), c.scheduledAt(), w == null ? Balance.EMPTY : Balance.of(w)));
        }
        return result;
    }
}
