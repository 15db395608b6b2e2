package org.tandem.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.tandem.insight.InsightRollups.Row;

/**
 * The figures of a group of pairs (a program, or one team, role or seniority of it), added up from their rollups.
 * Survey figures — the mentee's ratings and the mentor's autonomy ratings — carry how many people answered, so
 * they can be hidden below the program's threshold.
 */
public record ProgramFigures(int pairs, Balance balance, Double cadenceAdherence, int missedStreaks, Double goalAttainmentRate,
                             SurveyRatings ratings, AutonomyTrend autonomyTrend, SkillRetention skillRetention, RiskCount risks,
                             List<SignalCount> signals) {

    /** @param respondents distinct mentees who rated; null when hidden, so group sizes give nothing away either */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SurveyRatings(Double clarity, Double usefulness, Double support, Integer respondents, boolean suppressed) {
    }

    /** @param averageSlope mean change of the autonomy rating per check-in across pairs with two ratings or more */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AutonomyTrend(Double averageSlope, String direction, Integer respondents, boolean suppressed) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SkillRetention(int answered, int shownAgain, Double rate) {
    }

    public record RiskCount(int open, int high) {
    }

    public record SignalCount(String kind, int pairs) {
    }

    public record Group(String name, ProgramFigures figures) {
    }

    /** The figures of a group of pairs from the sums the database added up ({@link InsightRollups#total}, {@code breakdown}). */
    static ProgramFigures of(InsightRollups.Sums s) {
        Balance balance = s.balances() == 0 ? Balance.EMPTY : Balance.shares(s.balanceReview(), s.balanceAdjustment(), s.balanceCelebration());
        SurveyRatings ratings = s.ratingCount() == 0 ? new SurveyRatings(null, null, null, 0, false)
                : new SurveyRatings(round((double) s.claritySum() / s.ratingCount()), round((double) s.usefulnessSum() / s.ratingCount()),
                        round((double) s.supportSum() / s.ratingCount()), s.raters(), false);
        Double slope = s.slopes() == 0 ? null : round(s.slopeSum() / s.slopes());
        List<SignalCount> signals = new ArrayList<>();
        addSignal(signals, "REVIEW", s.starvedReview());
        addSignal(signals, "ADJUSTMENT", s.starvedAdjustment());
        addSignal(signals, "CELEBRATION", s.starvedCelebration());
        return new ProgramFigures(s.pairs(), balance, s.checkInsDue() == 0 ? null : round((double) s.checkInsInWindow() / s.checkInsDue()),
                s.missedStreaks(), s.goalsDecided() == 0 ? null : round((double) s.goalsAchieved() / s.goalsDecided()), ratings,
                new AutonomyTrend(slope, PairCalculus.direction(slope), s.autonomyRaters(), false),
                new SkillRetention(s.rechecksAnswered(), s.rechecksShown(),
                        s.rechecksAnswered() == 0 ? null : round((double) s.rechecksShown() / s.rechecksAnswered())),
                new RiskCount(s.risksOpen(), s.risksHigh()), signals);
    }

    private static void addSignal(List<SignalCount> signals, String starved, int pairs) {
        if (pairs > 0) {
            signals.add(new SignalCount(starved + "_STARVED", pairs));
        }
    }

    /** The program's figures from its sums, hidden where fewer than {@code threshold} people answered. */
    static ProgramFigures total(InsightRollups.Sums sums, int threshold) {
        ProgramFigures f = of(sums);
        return f.hiding(Suppression.hidesTotal(f.ratings.respondents(), threshold), Suppression.hidesTotal(f.autonomyTrend.respondents(), threshold));
    }

    /** One breakdown from the database's sums per group: sorted by name, then hidden as {@link #breakdown(List, Function, int)} does. */
    static List<Group> breakdown(List<InsightRollups.Sums> groups, int threshold) {
        Map<String, ProgramFigures> figures = new LinkedHashMap<>();
        groups.stream().sorted(java.util.Comparator.comparing(InsightRollups.Sums::name)).forEach(g -> figures.put(g.name(), of(g)));
        return hide(figures, threshold);
    }

    /**
     * The figures of a group added up pair by pair in Java: the reference the database's sums are tested against
     * ({@code GroupedFiguresIntegrationTests}); the dashboard itself reads {@link #of(InsightRollups.Sums)}.
     */
    static ProgramFigures of(List<Row> rows) {
        List<Balance> balances = rows.stream().map(Row::balance).toList();
        int due = 0, inWindow = 0, streaks = 0, achieved = 0, decided = 0, ratingCount = 0, clarity = 0, usefulness = 0, support = 0;
        int answered = 0, shown = 0, open = 0, high = 0;
        double slopeSum = 0;
        int slopes = 0;
        Set<UUID> raters = new HashSet<>();
        Set<UUID> autonomyRaters = new HashSet<>();
        Map<String, Integer> starved = new LinkedHashMap<>();
        for (Row r : rows) {
            due += r.checkInsDue();
            inWindow += r.checkInsInWindow();
            streaks += r.missedStreak() > 1 ? 1 : 0;
            achieved += r.goalsAchieved();
            decided += r.goalsDecided();
            if (r.ratingCount() > 0) {
                raters.add(r.menteeId());
                ratingCount += r.ratingCount();
                clarity += r.claritySum();
                usefulness += r.usefulnessSum();
                support += r.supportSum();
            }
            if (r.autonomyCount() > 0) {
                autonomyRaters.add(r.mentorId());
            }
            if (r.autonomySlope() != null) {
                slopeSum += r.autonomySlope();
                slopes++;
            }
            answered += r.rechecksAnswered();
            shown += r.rechecksShown();
            open += r.risksOpen();
            high += r.risksHigh();
            if (r.starved() != null) {
                starved.merge(r.starved() + "_STARVED", 1, Integer::sum);
            }
        }
        SurveyRatings ratings = ratingCount == 0 ? new SurveyRatings(null, null, null, 0, false)
                : new SurveyRatings(round((double) clarity / ratingCount), round((double) usefulness / ratingCount),
                        round((double) support / ratingCount), raters.size(), false);
        Double slope = slopes == 0 ? null : round(slopeSum / slopes);
        List<SignalCount> signals = new ArrayList<>();
        starved.forEach((kind, n) -> signals.add(new SignalCount(kind, n)));
        return new ProgramFigures(rows.size(), Balance.average(balances), due == 0 ? null : round((double) inWindow / due), streaks,
                decided == 0 ? null : round((double) achieved / decided), ratings,
                new AutonomyTrend(slope, PairCalculus.direction(slope), autonomyRaters.size(), false),
                new SkillRetention(answered, shown, answered == 0 ? null : round((double) shown / answered)), new RiskCount(open, high), signals);
    }

    /** The program's figures, hidden where fewer than {@code threshold} people answered. */
    static ProgramFigures total(List<Row> rows, int threshold) {
        ProgramFigures f = of(rows);
        return f.hiding(Suppression.hidesTotal(f.ratings.respondents(), threshold), Suppression.hidesTotal(f.autonomyTrend.respondents(), threshold));
    }

    /**
     * One breakdown: groups of pairs by a property of the mentee, each hidden below the threshold, and with the
     * complementary hiding of {@link Suppression} so that no hidden group can be recovered by subtraction.
     */
    static List<Group> breakdown(List<Row> rows, Function<Row, String> key, int threshold) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparing(r -> name(key.apply(r))))
                .forEach(r -> groups.computeIfAbsent(name(key.apply(r)), k -> new ArrayList<>()).add(r));
        Map<String, ProgramFigures> figures = new LinkedHashMap<>();
        groups.forEach((name, members) -> figures.put(name, of(members)));
        return hide(figures, threshold);
    }

    private static List<Group> hide(Map<String, ProgramFigures> figures, int threshold) {
        Set<String> hideRatings = Suppression.hiddenGroups(figures.entrySet().stream()
                .map(e -> new Suppression.Group(e.getKey(), e.getValue().ratings.respondents())).toList(), threshold);
        Set<String> hideAutonomy = Suppression.hiddenGroups(figures.entrySet().stream()
                .map(e -> new Suppression.Group(e.getKey(), e.getValue().autonomyTrend.respondents())).toList(), threshold);
        List<Group> result = new ArrayList<>();
        figures.forEach((name, f) -> result.add(new Group(name, f.hiding(hideRatings.contains(name), hideAutonomy.contains(name)))));
        return result;
    }

    static final String NOT_SET = "Not set";

    private static String name(String value) {
        return value == null || value.isBlank() ? NOT_SET : value;
    }

    ProgramFigures hiding(boolean hideRatings, boolean hideAutonomy) {
        SurveyRatings r = hideRatings ? new SurveyRatings(null, null, null, null, true) : ratings;
        AutonomyTrend a = hideAutonomy ? new AutonomyTrend(null, null, null, true) : autonomyTrend;
        return new ProgramFigures(pairs, balance, cadenceAdherence, missedStreaks, goalAttainmentRate, r, a, skillRetention, risks, signals);
    }

    static Double roundOrNull(Double value) {
        return value == null ? null : round(value);
    }

    static Double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
