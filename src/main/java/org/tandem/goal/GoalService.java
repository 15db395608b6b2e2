package org.tandem.goal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.core.GoalRepository;
import org.tandem.goal.core.GoalRevision;
import org.tandem.goal.core.GoalTerms;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.core.MeasurementRepository;
import org.tandem.goal.core.Signature;
import org.tandem.goal.signals.GoalReads;
import org.tandem.goal.signals.GoalState;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.shared.NotFoundException;

/**
 * What other features ask of goals: summaries and histories of a pair's goals, what changed while they met, how many
 * goals a lead may count, and a follow-up goal proposed from a celebration. The goal feature's own pages and API use
 * the use cases in {@code goal.core} and the reads in {@code goal.signals} directly.
 *
 * <p>Only the pair and admins see a goal; for everyone else (program leads included) it does not exist, and leads get
 * {@link #goalCounts} instead. Methods taking an organization leave that decision to their caller.
 */
@Service
public class GoalService {

    private final GoalRepository goals;
    private final MeasurementRepository measurements;
    private final GoalReads reads;
    private final GoalLifecycle lifecycle;
    private final Mentorships mentorships;
    private final Clock clock;

    GoalService(GoalRepository goals, MeasurementRepository measurements, GoalReads reads, GoalLifecycle lifecycle,
            Mentorships mentorships, Clock clock) {
        this.goals = goals;
        this.measurements = measurements;
        this.reads = reads;
        this.lifecycle = lifecycle;
        this.mentorships = mentorships;
        this.clock = clock;
    }

    /** Adjustment signals of a goal the actor may see. */
    public List<Signal> signals(Actor actor, GoalId id) {
        return reads.state(actor, id).signals();
    }

    /** How many goals the mentorship has per status, for anyone who may see the mentorship (program leads too). */
    public GoalCounts goalCounts(Actor actor, MentorshipId mentorshipId) {
        mentorships.visible(actor, mentorshipId);
        return GoalCounts.of(goals.countByStatus(actor.organizationId(), mentorshipId));
    }

    /**
     * The active goals of a mentorship with their progress and signals, for a check-in's data review. The caller
     * has already decided that whoever reads the result may see the pair's work.
     */
    public List<GoalSummary> activeGoals(OrganizationId organization, MentorshipId mentorshipId, LocalDate today) {
        Mentorship mentorship = mentorships.find(organization, mentorshipId)
                .orElseThrow(() -> new NotFoundException("Mentorship", mentorshipId));
        return reads.states(organization, mentorship, goals.ofMentorship(organization, mentorshipId, GoalStatus.ACTIVE), today).stream()
                .map(GoalState::summary).toList();
    }

    /** One goal as other features show it, if it belongs to the organization (e.g. to link an action item to it). */
    public Optional<GoalSummary> summary(OrganizationId organization, GoalId id, LocalDate today) {
        return goals.find(organization, id).flatMap(goal -> mentorships.find(organization, goal.mentorshipId())
                .map(mentorship -> reads.state(organization, goal, mentorship, measurements.measurements(organization, id), today).summary()));
    }

    /**
     * What each goal's indicator did since {@code since}: only goals with a measurement entered after it, in the
     * order of the goals. The caller has already decided that the reader may see the pair's work.
     */
    public List<MeasurementChange> measurementChangesSince(OrganizationId organization, MentorshipId mentorshipId, Instant since) {
        List<Goal> all = goals.ofMentorship(organization, mentorshipId);
        Map<GoalId, MeasurementRepository.Since> moved = measurements.changesSince(organization, all.stream().map(Goal::id).toList(), since);
        List<MeasurementChange> changes = new ArrayList<>();
        for (Goal goal : all) {
            MeasurementRepository.Since change = moved.get(goal.id());
            if (change != null) {
                Indicator indicator = goal.terms().indicator();
                changes.add(new MeasurementChange(goal.id(), goal.terms().title(), indicator.name(), indicator.unit(),
                        indicator.direction(), indicator.target(), change.before(), change.after(), change.afterObservedOn(),
                        change.recordedSince()));
            }
        }
        return changes;
    }

    /**
     * Revisions of the mentorship's goals proposed or agreed between the two instants (inclusive), oldest first;
     * withdrawn ones are left out. For a check-in's summary: what the pair decided to change while they met.
     */
    public List<RevisionMade> revisionsBetween(OrganizationId organization, MentorshipId mentorshipId, Instant from, Instant to) {
        return goals.ofMentorship(organization, mentorshipId).stream()
                .flatMap(goal -> goal.revisions().stream()
                        .filter(r -> r.status() != GoalRevision.Status.WITHDRAWN)
                        .map(r -> {
                            Instant at = r.agreement().map(Signature::at).orElse(r.proposed().at());
                            return new RevisionMade(goal.id(), goal.terms().title(), r.number(), r.rationale(), r.agreement().isPresent(), at);
                        }))
                .filter(r -> !r.at().isBefore(from) && !r.at().isAfter(to))
                .sorted(Comparator.comparing(RevisionMade::at))
                .toList();
    }

    /**
     * The goal's history for its story: terms, measurements in the order observed, applied revisions with their
     * rationale. The caller has already decided that the reader may see the pair's work.
     */
    public Optional<GoalHistory> history(OrganizationId organization, GoalId id, LocalDate today) {
        return goals.find(organization, id).flatMap(goal -> mentorships.find(organization, goal.mentorshipId()).map(mentorship -> {
            List<Measurement> series = Measurement.chronological(measurements.measurements(organization, id));
            GoalSummary summary = reads.state(organization, goal, mentorship, series, today).summary();
            List<GoalHistory.Point> points = series.stream()
                    .map(m -> new GoalHistory.Point(m.value(), m.observedOn(), m.note())).toList();
            List<GoalHistory.Decision> decisions = goal.revisions().stream()
                    .filter(r -> r.status() == GoalRevision.Status.APPLIED)
                    .map(r -> new GoalHistory.Decision(r.number(), r.rationale(), r.context().teamPriorities(), r.context().constraints(),
                            r.context().interests(), r.fieldChanges(), r.agreement().map(Signature::at).orElse(null)))
                    .toList();
            GoalTerms terms = goal.terms();
            return new GoalHistory(summary, terms.statement(), terms.relevance(), terms.attainability(), goal.agreedAt().orElse(null),
                    points, decisions);
        }));
    }

    /** Proposes a new goal for the actor's mentorship, as if typed on the goals page (a celebration's "what next"). */
    @Transactional
    public GoalId proposeFollowUp(Actor actor, MentorshipId mentorshipId, FollowUpGoal followUp) {
        return lifecycle.propose(actor, mentorshipId, followUp.toDraft(), clock.instant()).id();
    }
}
