package org.tandem.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goal.GoalService;
import org.tandem.goal.SignalKind;
import org.tandem.insight.InsightReadModel.CheckInFact;
import org.tandem.insight.PairFigures.CheckInBalance;
import org.tandem.insight.PairFigures.Retention;
import org.tandem.insight.PairFigures.RiskCell;
import org.tandem.insight.PairFigures.Risks;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;

/**
 * The pair scorecard: computed live from the pair's own rows (a pair has tens of check-ins, so this stays in
 * milliseconds), for the pair in full and for the program's leads and admins without the survey answers of one person.
 */
@Service
public class PairScorecards {

    private final InsightReadModel read;
    private final SkillRecheckRepository rechecks;
    private final MilestoneFacts milestones;
    private final GoalService goals;
    private final Mentorships mentorships;
    private final InsightProperties properties;
    private final Clock clock;

    PairScorecards(InsightReadModel read, SkillRecheckRepository rechecks, MilestoneFacts milestones, GoalService goals,
            Mentorships mentorships, InsightProperties properties, Clock clock) {
        this.read = read;
        this.rechecks = rechecks;
        this.milestones = milestones;
        this.goals = goals;
        this.mentorships = mentorships;
        this.properties = properties;
        this.clock = clock;
    }

    record Scorecard(Mentorship mentorship, PairFigures figures, boolean forThePair) {
    }

    /**
     * The mentee sees everything but the mentor's autonomy ratings; the mentor everything but the values of the mentee's
     * ratings, unless the mentee shares them; a lead of the program or an admin sees it without ratings; anyone else: not found.
     */
    @Transactional(readOnly = true)
    public Scorecard scorecard(Actor actor, MentorshipId id) {
        Mentorship mentorship = mentorships.visible(actor, id);
        PairFigures figures = compute(actor.organizationId(), mentorship, clock.instant());
        boolean pair = mentorship.isPair(actor.personId());
        return new Scorecard(mentorship, pair
                ? figures.forThePair(mentorship.isMentor(actor.personId()), mentorship.preferences().shareRatingsWithMentor())
                : figures.withoutSurveyAnswers(), pair);
    }

    PairFigures compute(OrganizationId organization, Mentorship mentorship, Instant now) {
        MentorshipId id = mentorship.id();
        List<CheckInFact> checkIns = read.checkIns(organization, id);
        List<CheckInFact> recent = PairCalculus.lastCompleted(checkIns, properties.balanceCheckIns());
        List<UUID> recentIds = recent.stream().map(CheckInFact::id).toList();
        List<CheckInBalance> balances = PairCalculus.balances(recent, read.weights(organization, recentIds));
        Balance balance = Balance.average(balances.stream().map(CheckInBalance::balance).toList());

        var goalFacts = read.goals(organization, id);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean anyActive = goalFacts.stream().anyMatch(g -> "ACTIVE".equals(g.status()));
        int offTrack = anyActive ? (int) goals.activeGoals(organization, id, today).stream()
                .filter(g -> g.signals().stream().anyMatch(s -> s.kind() == SignalKind.OFF_TRACK)).count() : 0;
        long adjustLast = 0;
        int revisionsSince = 0;
        if (!recent.isEmpty() && offTrack > 0) {
            CheckInFact last = recent.getLast();
            adjustLast = read.adjustSeconds(organization, List.of(last.id())).getOrDefault(last.id(), 0L);
            Instant since = recent.size() > 1 ? recent.get(recent.size() - 2).scheduledAt() : last.scheduledAt().minus(properties.cadenceWindow());
            revisionsSince = read.revisionsProposedSince(organization, id, since);
        }
        MilestoneFacts.Counts milestoneCounts = MilestoneFacts.Counts.NONE;
        if (recent.size() >= Nudges.CHECK_INS_WITHOUT_CELEBRATION) {
            Instant from = recent.get(recent.size() - Nudges.CHECK_INS_WITHOUT_CELEBRATION).scheduledAt();
            milestoneCounts = milestones.between(organization, id, from, now);
        }
        List<PairFigures.Nudge> nudges = Nudges.of(balances, offTrack, adjustLast, revisionsSince, milestoneCounts);

        List<RiskCell> cells = read.openRisks(organization, id).stream()
                .map(c -> new RiskCell(c.likelihood(), c.impact(), c.count())).toList();
        int open = cells.stream().mapToInt(RiskCell::count).sum();
        int high = cells.stream().filter(c -> c.score() >= 6).mapToInt(RiskCell::count).sum();

        var counts = rechecks.counts(organization, id);
        Retention retention = new Retention(counts.pending(), counts.answered(), counts.shownAgain(),
                counts.answered() == 0 ? null : (double) counts.shownAgain() / counts.answered());

        return new PairFigures(balance, balances, PairCalculus.cadence(checkIns, properties.cadenceWindow(), now),
                PairCalculus.goals(goalFacts, now).withOffTrack(offTrack), PairCalculus.ratings(checkIns), PairCalculus.ratingsOverTime(checkIns),
                PairCalculus.autonomy(checkIns), new Risks(open, high, cells), retention, nudges);
    }
}
