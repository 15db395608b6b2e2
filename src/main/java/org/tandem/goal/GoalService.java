package org.tandem.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.notify.Notifications;
import org.tandem.notify.WebhookEvents;
import org.tandem.people.OrganizationId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/**
 * The goal use cases: who may see a goal, loading it, letting the domain decide, storing the result and
 * publishing what happened in the same transaction. Only the pair and admins see a goal; for everyone else
 * (program leads included) it does not exist, and leads get {@link #goalCounts} instead.
 *
 * <p>The public methods are the read API other features use; the writes take the goal feature's own types and
 * are called by its controllers.
 */
@Service
public class GoalService {

    private final GoalRepository goals;
    private final Mentorships mentorships;
    private final ObjectProvider<EffortSource> effortSources;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;
    private final Clock clock;

    GoalService(GoalRepository goals, Mentorships mentorships, ObjectProvider<EffortSource> effortSources,
            ApplicationEventPublisher events, Notifications notifications, Clock clock) {
        this.goals = goals;
        this.mentorships = mentorships;
        this.effortSources = effortSources;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ writes

    @Transactional
    Goal propose(Actor actor, MentorshipId mentorshipId, GoalDraft draft) {
        return propose(actor, mentorshipId, draft, clock.instant());
    }

    /** As {@link #propose(Actor, MentorshipId, GoalDraft)}, at {@code now} (see {@link GoalBackfill}). */
    Goal propose(Actor actor, MentorshipId mentorshipId, GoalDraft draft, Instant now) {
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, mentorshipId);
        if (mentorship.status() != Mentorship.Status.ACTIVE) {
            throw new InvalidStateException("This mentorship has ended, so no new goals are proposed in it");
        }
        requireStorable(draft.baseline(), draft.target());
        Goal goal = Goal.propose(draft, actor.personId(), new Pair(mentorship.id(), mentorship.mentorId(), mentorship.menteeId()), now);
        goals.insert(actor.organizationId(), goal);
        publish(goal.events());
        return goal;
    }

    @Transactional
    Goal agree(Actor actor, GoalId id, OptionalLong expectedVersion) {
        return agree(actor, id, expectedVersion, clock.instant());
    }

    Goal agree(Actor actor, GoalId id, OptionalLong expectedVersion, Instant now) {
        return change(actor, id, expectedVersion, goal -> goal.agree(actor.personId(), now));
    }

    @Transactional
    Goal achieve(Actor actor, GoalId id, OptionalLong expectedVersion) {
        return achieve(actor, id, expectedVersion, clock.instant());
    }

    Goal achieve(Actor actor, GoalId id, OptionalLong expectedVersion, Instant now) {
        return change(actor, id, expectedVersion, goal -> goal.achieve(actor.personId(), now));
    }

    @Transactional
    Goal retire(Actor actor, GoalId id, String reason, OptionalLong expectedVersion) {
        return change(actor, id, expectedVersion, goal -> goal.retire(actor.personId(), reason, clock.instant()));
    }

    @Transactional
    Measurement recordMeasurement(Actor actor, GoalId id, BigDecimal value, LocalDate observedOn, String note) {
        return recordMeasurement(actor, id, value, observedOn, note, clock.instant());
    }

    /** At {@code now}; "today" for the observation date is {@code now} in the actor's zone. */
    Measurement recordMeasurement(Actor actor, GoalId id, BigDecimal value, LocalDate observedOn, String note, Instant now) {
        Goal goal = visible(actor, id).goal();
        requireStorable(value, null);
        Measurement measurement = goal.recordMeasurement(value, observedOn, note, actor.personId(), now,
                LocalDate.ofInstant(now, actor.timeZone()));
        goals.insert(actor.organizationId(), measurement);
        events.publishEvent(new MeasurementRecorded(actor.organizationId(), goal.id(), goal.mentorshipId(), measurement.id(), measurement.value(),
                measurement.observedOn(), actor.personId(), now));
        return measurement;
    }

    /** Returns the goal, unchanged but for the new pending revision (the last one). */
    @Transactional
    Goal proposeRevision(Actor actor, GoalId id, GoalChanges changes, String rationale, RevisionContext context,
            boolean resetCadence, OptionalLong expectedVersion) {
        return proposeRevision(actor, id, changes, rationale, context, resetCadence, expectedVersion, clock.instant());
    }

    Goal proposeRevision(Actor actor, GoalId id, GoalChanges changes, String rationale, RevisionContext context,
            boolean resetCadence, OptionalLong expectedVersion, Instant now) {
        if (changes != null) {
            requireStorable(changes.baseline(), changes.target());
        }
        return change(actor, id, expectedVersion,
                goal -> goal.proposeRevision(changes, rationale, context, resetCadence, actor.personId(), now));
    }

    /**
     * The other side agrees: the goal changes now. A revision that resets the cadence moves the mentorship's next
     * check-in to one interval after the agreement.
     */
    @Transactional
    Goal agreeRevision(Actor actor, GoalId id, GoalRevisionId revisionId, OptionalLong expectedVersion) {
        return agreeRevision(actor, id, revisionId, expectedVersion, clock.instant());
    }

    Goal agreeRevision(Actor actor, GoalId id, GoalRevisionId revisionId, OptionalLong expectedVersion, Instant now) {
        Goal revised = change(actor, id, expectedVersion, goal -> goal.applyRevision(revisionId, actor.personId(), now));
        GoalRevision applied = revised.revisions().stream().filter(r -> r.id().equals(revisionId)).findFirst().orElseThrow();
        if (applied.resetCadence()) {
            mentorships.resetNextCheckIn(actor.organizationId(), revised.mentorshipId(), now);
        }
        notifications.enqueueWebhookEvent(actor.organizationId(), WebhookEvents.GOAL_REVISED, revisedData(revised, applied, now),
                "goal-revised:" + applied.id().value());
        return revised;
    }

    /** The webhook's data: which goal, which revision, what changed and why; no measurement or note leaves with it. */
    private static Map<String, Object> revisedData(Goal goal, GoalRevision applied, Instant at) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("goalId", goal.id().value().toString());
        data.put("mentorshipId", goal.mentorshipId().value().toString());
        data.put("revisionId", applied.id().value().toString());
        data.put("number", applied.number());
        data.put("changedFields", applied.fieldChanges().stream().map(FieldChange::field).toList());
        data.put("rationale", applied.rationale());
        data.put("resetCadence", applied.resetCadence());
        data.put("agreedAt", at.toString());
        return data;
    }

    @Transactional
    Goal withdrawRevision(Actor actor, GoalId id, GoalRevisionId revisionId, OptionalLong expectedVersion) {
        return change(actor, id, expectedVersion, goal -> goal.withdrawRevision(revisionId, actor.personId(), clock.instant()));
    }

    private Goal change(Actor actor, GoalId id, OptionalLong expectedVersion, UnaryOperator<Goal> transition) {
        Goal goal = visible(actor, id).goal();
        Versions.check("This goal", expectedVersion, goal.version());
        Goal changed = transition.apply(goal);
        Goal saved = goals.update(actor.organizationId(), changed);
        publish(changed.events());
        return saved;
    }

    private void publish(List<GoalEvent> happened) {
        happened.forEach(events::publishEvent);
    }

    /** The database keeps four decimals; more would be rounded without anybody noticing. */
    private static void requireStorable(BigDecimal baseline, BigDecimal target) {
        List<FieldError> errors = new ArrayList<>();
        Decimals.check(errors, GoalTerms.BASELINE, baseline);
        Decimals.check(errors, GoalTerms.TARGET, target);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    // ------------------------------------------------------ reads for the pair

    /** The goal with its evidence, if the actor is of the pair or an admin; otherwise it does not exist. */
    GoalState state(Actor actor, GoalId id) {
        Visible visible = visible(actor, id);
        return state(actor.organizationId(), visible.goal(), visible.mentorship(),
                goals.measurements(actor.organizationId(), id), today(actor));
    }

    /** Every goal of the mentorship with its evidence, oldest first. */
    List<GoalState> states(Actor actor, MentorshipId mentorshipId) {
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, mentorshipId);
        return states(actor.organizationId(), mentorship, goals.ofMentorship(actor.organizationId(), mentorshipId), today(actor));
    }

    Page<GoalState> list(Actor actor, MentorshipId mentorshipId, PageRequest page) {
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, mentorshipId);
        List<Goal> fetched = goals.ofMentorship(actor.organizationId(), mentorshipId, page);
        return page.page(states(actor.organizationId(), mentorship, fetched, today(actor)), s -> s.goal().id().value());
    }

    Page<Measurement> measurements(Actor actor, GoalId id, PageRequest page) {
        visible(actor, id);
        return page.page(goals.measurements(actor.organizationId(), id, page), m -> m.id().value());
    }

    Measurement measurement(Actor actor, GoalId id, MeasurementId measurementId) {
        visible(actor, id);
        return goals.measurement(actor.organizationId(), id, measurementId)
                .orElseThrow(() -> new NotFoundException("Measurement", measurementId));
    }

    /** The SMART check of a draft as the actor types it, judged against the actor's own date. */
    SmartVerdict smartCheck(Actor actor, GoalDraft draft) {
        return SmartCheck.check(draft, today(actor));
    }

    LocalDate today(Actor actor) {
        return LocalDate.now(clock.withZone(actor.timeZone()));
    }

    // ------------------------------------------------- public read API (other features)

    /** Adjustment signals of a goal the actor may see. */
    public List<Signal> signals(Actor actor, GoalId id) {
        return state(actor, id).signals();
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
        return states(organization, mentorship, goals.ofMentorship(organization, mentorshipId, GoalStatus.ACTIVE), today).stream()
                .map(GoalState::summary).toList();
    }

    /** One goal as other features show it, if it belongs to the organization (e.g. to link an action item to it). */
    public Optional<GoalSummary> summary(OrganizationId organization, GoalId id, LocalDate today) {
        return goals.find(organization, id).flatMap(goal -> mentorships.find(organization, goal.mentorshipId())
                .map(mentorship -> state(organization, goal, mentorship, goals.measurements(organization, id), today).summary()));
    }

    /**
     * What each goal's indicator did since {@code since}: only goals with a measurement entered after it, in the
     * order of the goals. The caller has already decided that the reader may see the pair's work.
     */
    public List<MeasurementChange> measurementChangesSince(OrganizationId organization, MentorshipId mentorshipId, Instant since) {
        List<Goal> all = goals.ofMentorship(organization, mentorshipId);
        Map<GoalId, List<Measurement>> measured = goals.measurements(organization, all.stream().map(Goal::id).toList());
        List<MeasurementChange> changes = new ArrayList<>();
        for (Goal goal : all) {
            List<Measurement> series = measured.getOrDefault(goal.id(), List.of());
            List<Measurement> known = series.stream().filter(m -> !m.recordedAt().isAfter(since)).toList();
            int recordedSince = series.size() - known.size();
            if (recordedSince == 0) {
                continue;
            }
            Indicator indicator = goal.terms().indicator();
            Measurement latest = series.getLast();
            changes.add(new MeasurementChange(goal.id(), goal.terms().title(), indicator.name(), indicator.unit(),
                    indicator.direction(), indicator.target(), known.isEmpty() ? null : known.getLast().value(), latest.value(),
                    latest.observedOn(), recordedSince));
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
            List<Measurement> series = Measurement.chronological(goals.measurements(organization, id));
            GoalSummary summary = state(organization, goal, mentorship, series, today).summary();
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
        return propose(actor, mentorshipId, followUp.toDraft()).id();
    }

    // ----------------------------------------------------------------- helpers

    private record Visible(Goal goal, Mentorship mentorship) {
    }

    /** A goal of another pair answers exactly like a goal that does not exist: nothing about it leaks. */
    private Visible visible(Actor actor, GoalId id) {
        Goal goal = goals.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("Goal", id));
        try {
            return new Visible(goal, mentorships.ofPairOrAdmin(actor, goal.mentorshipId()));
        } catch (NotFoundException e) {
            throw new NotFoundException("Goal", id);
        }
    }

    private List<GoalState> states(OrganizationId organization, Mentorship mentorship, List<Goal> list, LocalDate today) {
        Map<GoalId, List<Measurement>> measured = goals.measurements(organization, list.stream().map(Goal::id).toList());
        return list.stream()
                .map(goal -> state(organization, goal, mentorship, measured.getOrDefault(goal.id(), List.of()), today))
                .toList();
    }

    private GoalState state(OrganizationId organization, Goal goal, Mentorship mentorship, List<Measurement> measurements, LocalDate today) {
        return new GoalState(goal, mentorship, measurements, effort(organization, goal, mentorship, today), today);
    }

    /**
     * Effort is asked for the last two cadence intervals (never before the goal was agreed): recent enough that
     * "the work does not move the indicator" is about the current plan, long enough to hold a few actions.
     */
    private Effort effort(OrganizationId organization, Goal goal, Mentorship mentorship, LocalDate today) {
        if (goal.status() != GoalStatus.ACTIVE || goal.agreedAt().isEmpty()) {
            return Effort.none();
        }
        EffortSource source = effortSources.getIfAvailable();
        if (source == null) {
            return Effort.none();
        }
        LocalDate agreedOn = LocalDate.ofInstant(goal.agreedAt().get(), ZoneOffset.UTC);
        LocalDate window = today.minusDays((long) GoalSignals.STALE_AFTER_INTERVALS * mentorship.cadence().intervalDays());
        LocalDate from = agreedOn.isAfter(window) ? agreedOn : window;
        return from.isAfter(today) ? Effort.none() : source.effortFor(organization, goal.id(), from, today);
    }
}
