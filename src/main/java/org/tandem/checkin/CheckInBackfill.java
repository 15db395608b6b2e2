package org.tandem.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.cadence.CadencePlanner;
import org.tandem.checkin.cadence.CadenceProperties;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInRepository;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.NotFoundException;

/**
 * Writes check-in history at instants in the past, for seeding a demo (docs/decisions/0060-demo-history.md). Each
 * method calls the use case of {@link CheckInService}, {@link CheckInContentService}, {@link ActionPlanService} or the
 * {@link CadencePlanner} that a request calls, with {@code at} as its {@code now}: the same access checks, guarded transitions,
 * storage, summary and events. Scheduling is left to the cadence, as in the running application.
 */
@Component
public class CheckInBackfill {

    private final CheckInService checkIns;
    private final CheckInContentService content;
    private final ActionPlanService actions;
    private final CadencePlanner planner;
    private final CadenceProperties cadence;
    private final CheckInRepository repository;

    CheckInBackfill(CheckInService checkIns, CheckInContentService content, ActionPlanService actions, CadencePlanner planner,
            CadenceProperties cadence, CheckInRepository repository) {
        this.checkIns = checkIns;
        this.content = content;
        this.actions = actions;
        this.planner = planner;
        this.cadence = cadence;
        this.repository = repository;
    }

    /** A check-in waiting to happen. */
    public record Planned(CheckInId id, Instant scheduledAt) {
    }

    /**
     * What the cadence task would do for this pair at {@code at}: schedule its next check-in unless one is scheduled.
     * Answers the pair's scheduled check-in, new or not.
     */
    @Transactional
    public Planned planNext(OrganizationId organization, MentorshipId mentorship, Instant at) {
        planner.planNext(organization, mentorship, at);
        return repository.ofMentorship(organization, mentorship).stream()
                .filter(c -> c.status() == CheckInStatus.SCHEDULED)
                .min(Comparator.comparing(CheckIn::scheduledAt))
                .map(c -> new Planned(c.id(), c.scheduledAt()))
                .orElseThrow(() -> new NotFoundException("Scheduled check-in of mentorship", mentorship));
    }

    /** What the cadence task does to a check-in nobody started: marks it missed, at least the grace period after its time. */
    @Transactional
    public void markMissed(OrganizationId organization, CheckInId id, Instant at) {
        CheckIn checkIn = repository.find(organization, id).orElseThrow(() -> new NotFoundException("Check-in", id));
        checkIns.markMissed(organization, checkIn, at, cadence.grace());
    }

    @Transactional
    public void start(Actor by, CheckInId id, Instant at) {
        checkIns.start(by, id, OptionalLong.empty(), at);
    }

    /**
     * Moves to the next agenda section at each of the instants in turn, as the pair clicks through the agenda; after the
     * last section the clock stops.
     */
    @Transactional
    public void nextSections(Actor by, CheckInId id, List<Instant> at) {
        checkIns.nextSections(by, id, at);
    }

    @Transactional
    public void complete(Actor by, CheckInId id, Instant at) {
        checkIns.complete(by, id, OptionalLong.empty(), at);
    }

    @Transactional
    public void rate(Actor mentee, CheckInId id, int clarity, int usefulness, int support, String comment, Instant at) {
        checkIns.rate(mentee, id, clarity, usefulness, support, comment, at);
    }

    @Transactional
    public void rateAutonomy(Actor mentor, CheckInId id, int rating, Instant at) {
        checkIns.rateAutonomy(mentor, id, rating, at);
    }

    /** {@code kind}: METRIC, OUTCOME or BEHAVIOR. */
    @Transactional
    public void observe(Actor by, CheckInId id, String kind, String text, LocalDate observedOn, Instant at) {
        content.observe(by, id, kind, text, observedOn, at);
    }

    @Transactional
    public void interpret(Actor by, CheckInId id, String worked, String didNotWork, String why, Instant at) {
        content.interpret(by, id, worked, didNotWork, why, OptionalLong.empty(), at);
    }

    /** An answer to a question of the prompt library, by its id. */
    @Transactional
    public void answer(Actor by, CheckInId id, String promptId, String answer, Instant at) {
        content.answer(by, id, promptId, null, answer, at);
    }

    /** Feedback in four parts: situation, behaviour, impact and (optionally) the next step. */
    @Transactional
    public void feedback(Actor by, CheckInId id, String situation, String behaviour, String impact, String nextStep, Instant at) {
        content.giveFeedback(by, id, null, situation, behaviour, impact, nextStep, at);
    }

    @Transactional
    public void win(Actor by, CheckInId id, String text, Instant at) {
        content.nameWin(by, id, text, at);
    }

    /** {@code visibility}: PAIR or PRIVATE. */
    @Transactional
    public void note(Actor by, CheckInId id, String text, String visibility, Instant at) {
        content.writeNote(by, id, text, visibility, at);
    }

    @Transactional
    public UUID planAction(Actor by, CheckInId id, String task, PersonId owner, LocalDate dueOn,
            List<ActionPlanService.ResourceDraft> resources, UUID goalId, Instant at) {
        return actions.plan(by, id, task, owner, dueOn, resources, goalId, at).id();
    }

    /** Marks an action item done, during the check-in {@code during} (null: between check-ins). */
    @Transactional
    public void completeAction(Actor by, UUID item, CheckInId during, Instant at) {
        actions.changeActionItem(by, item, ActionItem.Status.DONE.name(), null, null, OptionalLong.empty(), during, at);
    }

    @Transactional
    public void dropAction(Actor by, UUID item, String reason, CheckInId during, Instant at) {
        actions.changeActionItem(by, item, ActionItem.Status.DROPPED.name(), reason, null, OptionalLong.empty(), during, at);
    }

    @Transactional
    public UUID raiseRisk(Actor by, CheckInId id, String description, int likelihood, int impact, String support, PersonId owner,
            Instant at) {
        return actions.raise(by, id, description, likelihood, impact, support, owner, at).id();
    }
}
