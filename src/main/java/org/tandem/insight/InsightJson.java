package org.tandem.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.PairFigures.Autonomy;
import org.tandem.insight.PairFigures.Cadence;
import org.tandem.insight.PairFigures.CheckInBalance;
import org.tandem.insight.PairFigures.Goals;
import org.tandem.insight.PairFigures.Nudge;
import org.tandem.insight.PairFigures.RatingPoint;
import org.tandem.insight.PairFigures.Ratings;
import org.tandem.insight.PairFigures.Retention;
import org.tandem.insight.PairFigures.Risks;
import org.tandem.insight.ProgramDashboards.Dashboard;

/**
 * The JSON of insight. Nulls are written out (the application omits them elsewhere): a hidden figure is
 * {@code null} next to {@code suppressed: true}, and a figure without data yet is {@code null} too.
 */
final class InsightJson {

    private InsightJson() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record BalanceJson(Double review, Double adjustment, Double celebration) {
        static BalanceJson of(Balance b) {
            return new BalanceJson(ProgramFigures.roundOrNull(b.review()), ProgramFigures.roundOrNull(b.adjustment()),
                    ProgramFigures.roundOrNull(b.celebration()));
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CheckInJson(UUID id, Instant scheduledAt, BalanceJson balance) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RetentionJson(Double rate, int answered, int shownAgain, int pending) {
        static RetentionJson of(Retention r) {
            return new RetentionJson(ProgramFigures.roundOrNull(r.rate()), r.answered(), r.shownAgain(), r.pending());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScorecardJson(UUID mentorshipId, boolean forThePair, BalanceJson balance, List<CheckInJson> checkIns, Double cadenceAdherence,
                         Cadence cadence, Double goalAttainmentRate, Goals goals, Ratings ratings, List<RatingPoint> ratingsOverTime,
                         Autonomy autonomyTrend, Risks risks, RetentionJson skillRetention, List<Nudge> signals) {

        static ScorecardJson of(PairScorecards.Scorecard card) {
            PairFigures f = card.figures();
            return new ScorecardJson(card.mentorship().id().value(), card.forThePair(), BalanceJson.of(f.balance()),
                    f.checkIns().stream().map((CheckInBalance c) -> new CheckInJson(c.id(), c.scheduledAt(), BalanceJson.of(c.balance()))).toList(),
                    ProgramFigures.roundOrNull(f.cadence().adherence()), f.cadence(), ProgramFigures.roundOrNull(f.goals().rate()), f.goals(),
                    f.ratings(), f.ratingsOverTime(), f.autonomy(), f.risks(), RetentionJson.of(f.retention()), f.signals());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FiguresJson(int pairs, BalanceJson balance, Double cadenceAdherence, int pairsMissingInARow, Double goalAttainmentRate,
                       ProgramFigures.SurveyRatings ratings, ProgramFigures.AutonomyTrend autonomyTrend,
                       ProgramFigures.SkillRetention skillRetention, ProgramFigures.RiskCount risks, List<ProgramFigures.SignalCount> signals) {

        static FiguresJson of(ProgramFigures f) {
            return new FiguresJson(f.pairs(), BalanceJson.of(f.balance()), f.cadenceAdherence(), f.missedStreaks(), f.goalAttainmentRate(),
                    f.ratings(), f.autonomyTrend(), f.skillRetention(), f.risks(), f.signals());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GroupJson(String name, FiguresJson figures) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Breakdowns(List<GroupJson> team, List<GroupJson> role, List<GroupJson> seniority) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DashboardJson(UUID programId, String programName, int surveyThreshold, Instant freshAsOf, int pendingPairs, int pairs,
                         BalanceJson balance, Double cadenceAdherence, int pairsMissingInARow, Double goalAttainmentRate,
                         ProgramFigures.SurveyRatings ratings, ProgramFigures.AutonomyTrend autonomyTrend,
                         ProgramFigures.SkillRetention skillRetention, ProgramFigures.RiskCount risks,
                         List<ProgramFigures.SignalCount> signals, Breakdowns breakdowns) {

        static DashboardJson of(Dashboard d) {
            ProgramFigures f = d.figures();
            return new DashboardJson(d.program().id().value(), d.program().name(), d.program().surveyThreshold(), d.freshAsOf(),
                    d.pendingPairs(), f.pairs(), BalanceJson.of(f.balance()), f.cadenceAdherence(), f.missedStreaks(), f.goalAttainmentRate(),
                    f.ratings(), f.autonomyTrend(), f.skillRetention(), f.risks(), f.signals(),
                    new Breakdowns(groups(d.byTeam()), groups(d.byRole()), groups(d.bySeniority())));
        }

        private static List<GroupJson> groups(List<ProgramFigures.Group> groups) {
            return groups.stream().map(g -> new GroupJson(g.name(), FiguresJson.of(g.figures()))).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RecheckJson(UUID id, UUID mentorshipId, UUID goalId, String goalTitle, LocalDate achievedOn, LocalDate dueOn, String status,
                       Boolean shownAgain, String evidence, UUID answeredBy, Instant answeredAt) {

        static RecheckJson of(SkillRecheck r, LocalDate today) {
            return new RecheckJson(r.id(), r.mentorshipId().value(), r.goalId(), r.goalTitle(), r.achievedOn(), r.dueOn(),
                    r.status(today).name(), r.shownAgain(), r.evidence(), r.answeredBy() == null ? null : r.answeredBy().value(), r.answeredAt());
        }
    }
}
