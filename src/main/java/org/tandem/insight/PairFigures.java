package org.tandem.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pair's figures, as the scorecard shows them and the rollup stores them. Survey parts may be hidden ({@code suppressed}). */
public record PairFigures(Balance balance, List<CheckInBalance> checkIns, Cadence cadence, Goals goals, Ratings ratings,
                          List<RatingPoint> ratingsOverTime, Autonomy autonomy, Risks risks, Retention retention,
                          List<Nudge> signals) {

    public record CheckInBalance(UUID id, Instant scheduledAt, Balance balance) {
    }

    /** @param adherence held within the window / due; null while nothing was due */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Cadence(int due, int heldInWindow, int missed, int missedStreak, int longestMissedStreak, Double adherence) {
    }

    /**
     * @param rate     achieved / decided (achieved, retired, or active past its due date); null while nothing is decided
     * @param offTrack active goals the goal feature calls off track (its OFF_TRACK signal)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Goals(int active, int achieved, int decided, Double rate, int offTrack) {

        Goals(int active, int achieved, int decided, Double rate) {
            this(active, achieved, decided, rate, 0);
        }

        Goals withOffTrack(int goals) {
            return new Goals(active, achieved, decided, rate, goals);
        }
    }

    /**
     * The mentee's answers. {@code sharedWithMentor} is the mentee's choice, told to the pair (null for anyone else):
     * while it is false the mentor sees how many answers there are ({@code answers}), not their values.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Ratings(Double clarity, Double usefulness, Double support, Integer respondents, int answers, boolean suppressed,
                          Boolean sharedWithMentor) {

        Ratings(Double clarity, Double usefulness, Double support, Integer respondents, int answers, boolean suppressed) {
            this(clarity, usefulness, support, respondents, answers, suppressed, null);
        }

        static Ratings hidden() {
            return new Ratings(null, null, null, null, 0, true, null);
        }

        Ratings shared(boolean shared) {
            return new Ratings(clarity, usefulness, support, respondents, answers, suppressed, shared);
        }

        /** That the mentee rated, and how often, without what they answered. */
        Ratings withheld() {
            return new Ratings(null, null, null, respondents, answers, false, false);
        }
    }

    public record RatingPoint(Instant scheduledAt, int clarity, int usefulness, int support) {
    }

    public record AutonomyPoint(Instant scheduledAt, int rating) {
    }

    /** @param slope least-squares change per check-in; null below two ratings */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Autonomy(Double slope, Integer latest, String direction, List<AutonomyPoint> points, boolean suppressed) {

        static Autonomy hidden() {
            return new Autonomy(null, null, null, List.of(), true);
        }
    }

    public record RiskCell(int likelihood, int impact, int count) {

        public int score() {
            return likelihood * impact;
        }
    }

    /** Open risks per likelihood x impact (1..3 each); {@code high} counts a score of 6 or more. */
    public record Risks(int open, int high, List<RiskCell> cells) {

        public int count(int likelihood, int impact) {
            return cells.stream().filter(c -> c.likelihood() == likelihood && c.impact() == impact).mapToInt(RiskCell::count).sum();
        }
    }

    /** @param rate shown again / answered; null while nothing was answered */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Retention(int pending, int answered, int shownAgain, Double rate) {
    }

    public record Nudge(String kind, String message, String evidence) {
    }

    /**
     * What the pair sees: everything, and whether the mentee shares their ratings; for the mentor, unless the mentee
     * chose to share them, the ratings' count without their values (the ratings are the mentee's, decision 0070). The
     * mentor's autonomy ratings are the mentor's: the mentee gets them hidden (decisions 0020, 0078).
     */
    PairFigures forThePair(boolean mentor, boolean sharedWithMentor) {
        if (mentor && !sharedWithMentor) {
            return new PairFigures(balance, checkIns, cadence, goals, ratings.withheld(), List.of(), autonomy, risks, retention, signals);
        }
        return new PairFigures(balance, checkIns, cadence, goals, ratings.shared(sharedWithMentor), ratingsOverTime,
                mentor ? autonomy : Autonomy.hidden(), risks, retention, signals);
    }

    /** The same figures without what only the pair may read: the mentee's ratings and the mentor's autonomy ratings. */
    PairFigures withoutSurveyAnswers() {
        return new PairFigures(balance, checkIns, cadence, goals, Ratings.hidden(), List.of(), Autonomy.hidden(), risks, retention, signals);
    }
}
