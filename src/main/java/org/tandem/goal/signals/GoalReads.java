package org.tandem.goal.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.tandem.goal.Effort;
import org.tandem.goal.EffortSource;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalAccess;
import org.tandem.goal.core.GoalAccess.Visible;
import org.tandem.goal.core.GoalDraft;
import org.tandem.goal.core.GoalRepository;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.core.MeasurementRepository;
import org.tandem.goal.smart.SmartCheck;
import org.tandem.goal.smart.SmartVerdict;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;

/**
 * Goals read with their evidence ({@link GoalState}): the measurements, the effort the check-in feature reports and
 * the reader's date, so progress, signals and SMART verdicts are computed the same way on the page, in the API and
 * for other features. The actor's reads check access; the organization's reads leave that to their caller.
 */
@Service
public class GoalReads {

    private final GoalRepository goals;
    private final MeasurementRepository measurements;
    private final GoalAccess access;
    private final ObjectProvider<EffortSource> effortSources;
    private final Clock clock;

    GoalReads(GoalRepository goals, MeasurementRepository measurements, GoalAccess access,
            ObjectProvider<EffortSource> effortSources, Clock clock) {
        this.goals = goals;
        this.measurements = measurements;
        this.access = access;
        this.effortSources = effortSources;
        this.clock = clock;
    }

    /** The goal with its evidence, if the actor is of the pair or an admin; otherwise it does not exist. */
    public GoalState state(Actor actor, GoalId id) {
        Visible visible = access.goal(actor, id);
        return state(actor.organizationId(), visible.goal(), visible.mentorship(),
                measurements.measurements(actor.organizationId(), id), today(actor));
    }

    /** Every goal of the mentorship with its evidence, oldest first. */
    public List<GoalState> states(Actor actor, MentorshipId mentorshipId) {
        Mentorship mentorship = access.mentorship(actor, mentorshipId);
        return states(actor.organizationId(), mentorship, goals.ofMentorship(actor.organizationId(), mentorshipId), today(actor));
    }

    public Page<GoalState> list(Actor actor, MentorshipId mentorshipId, PageRequest page) {
        Mentorship mentorship = access.mentorship(actor, mentorshipId);
        List<Goal> fetched = goals.ofMentorship(actor.organizationId(), mentorshipId, page);
        return page.page(states(actor.organizationId(), mentorship, fetched, today(actor)), s -> s.goal().id().value());
    }

    /** The SMART check of a draft as the actor types it, judged against the actor's own date. */
    public SmartVerdict smartCheck(Actor actor, GoalDraft draft) {
        return SmartCheck.check(draft, today(actor));
    }

    public LocalDate today(Actor actor) {
        return LocalDate.now(clock.withZone(actor.timeZone()));
    }

    public List<GoalState> states(OrganizationId organization, Mentorship mentorship, List<Goal> list, LocalDate today) {
        Map<GoalId, List<Measurement>> measured = measurements.measurements(organization, list.stream().map(Goal::id).toList());
        return list.stream()
                .map(goal -> state(organization, goal, mentorship, measured.getOrDefault(goal.id(), List.of()), today))
                .toList();
    }

    public GoalState state(OrganizationId organization, Goal goal, Mentorship mentorship, List<Measurement> series, LocalDate today) {
        return new GoalState(goal, mentorship, series, effort(organization, goal, mentorship, today), today);
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
