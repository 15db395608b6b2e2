package org.tandem.milestone;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goal.GoalHistory;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalService;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.GoalSummary;
import org.tandem.goal.MeasurementRecorded;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.notify.Notifications;
import org.tandem.notify.WebhookEvents;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.StaleVersionException;
import org.tandem.shared.Versions;

/**
 * Milestone use cases. A milestone is the pair's own work: the pair and admins see it, only the pair changes it,
 * and for everyone else it does not exist. Reaching one, by a measurement or by a person, publishes
 * {@link MilestoneReached} and writes the {@code milestone.reached} webhook in the same transaction.
 */
@Service
public class Milestones {

    private final MilestoneRepository milestones;
    private final CelebrationRepository celebrations;
    private final GoalService goals;
    private final Mentorships mentorships;
    private final PeopleService people;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration celebrationDueAfter;

    Milestones(MilestoneRepository milestones, CelebrationRepository celebrations, GoalService goals, Mentorships mentorships,
            PeopleService people, Notifications notifications, ApplicationEventPublisher events, Clock clock,
            @Value("${tandem.milestones.celebration-due-after:7d}") Duration celebrationDueAfter) {
        this.milestones = milestones;
        this.celebrations = celebrations;
        this.goals = goals;
        this.mentorships = mentorships;
        this.people = people;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.celebrationDueAfter = celebrationDueAfter;
    }

    /** A milestone with the pair it belongs to, once the actor was found allowed to see it. */
    record Visible(Milestone milestone, Mentorship mentorship) {
    }

    // ------------------------------------------------------------------ writes

    @Transactional
    Milestone plan(Actor actor, GoalId goalId, String title, BigDecimal threshold, LocalDate dueOn) {
        return plan(actor, goalId, title, threshold, dueOn, clock.instant());
    }

    /** As {@link #plan(Actor, GoalId, String, BigDecimal, LocalDate)}, at {@code now} (see {@link MilestoneBackfill}). */
    Milestone plan(Actor actor, GoalId goalId, String title, BigDecimal threshold, LocalDate dueOn, Instant now) {
        GoalSummary goal = goal(actor, goalId);
        Mentorship mentorship = pairOrAdmin(actor, goal.mentorshipId(), () -> new NotFoundException("Goal", goalId));
        mentorship.pair().requireMember(actor.personId(), "plan milestones of their goals");
        if (goal.status() == GoalStatus.ACHIEVED || goal.status() == GoalStatus.RETIRED) {
            throw new InvalidStateException("This goal is " + goal.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; plan milestones on a goal that is still being worked on");
        }
        Milestone milestone = Milestone.plan(actor.organizationId(), goal.mentorshipId(), goalId,
                new Milestone.GoalLine(goal.baseline(), goal.direction()), title, threshold, dueOn, actor.personId(), now);
        milestones.insert(milestone);
        if (goal.latest() != null) {
            // Planned behind where the indicator already stands: the evidence is in, so it is reached now.
            milestone.reachedByMeasurement(goal.latest(), goal.direction(), null, now).ifPresent(reached -> store(reached, goal.latest()));
        }
        return milestones.find(actor.organizationId(), milestone.id()).orElseThrow();
    }

    @Transactional
    Milestone reach(Actor actor, MilestoneId id, String evidence, OptionalLong expectedVersion) {
        return reach(actor, id, evidence, expectedVersion, clock.instant());
    }

    Milestone reach(Actor actor, MilestoneId id, String evidence, OptionalLong expectedVersion, Instant now) {
        Visible visible = visible(actor, id);
        visible.mentorship().pair().requireMember(actor.personId(), "mark their milestones reached");
        Milestone milestone = visible.milestone();
        Versions.check("This milestone", expectedVersion, milestone.version());
        Milestone reached = milestone.reach(actor.personId(), evidence, now);
        store(reached, null);
        return milestones.find(actor.organizationId(), id).orElseThrow();
    }

    /**
     * A measurement that reaches an open milestone's threshold in the goal's direction reaches it, in the
     * transaction that stored the measurement, with nobody clicking.
     */
    @EventListener
    void on(MeasurementRecorded recorded) {
        OrganizationId organization = recorded.organizationId();
        List<Milestone> open = milestones.openWithThreshold(organization, recorded.goalId());
        if (open.isEmpty()) {
            return;
        }
        GoalSummary goal = goals.summary(organization, recorded.goalId(), LocalDate.ofInstant(recorded.occurredAt(), ZoneOffset.UTC))
                .orElseThrow();
        for (Milestone milestone : open) {
            milestone.reachedByMeasurement(recorded.value(), goal.direction(), recorded.measurementId().value(), recorded.occurredAt())
                    .ifPresent(reached -> store(reached, recorded.value()));
        }
    }

    private void store(Milestone reached, BigDecimal value) {
        Versions.requireWritten(milestones.update(reached), "This milestone", () -> reached.version() + 1);
        events.publishEvent(new MilestoneReached(reached.organizationId(), reached.id(), reached.goalId(), reached.mentorshipId(),
                reached.title(), reached.reachedBy(), value, reached.reachedAt()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("milestoneId", reached.id().toString());
        data.put("goalId", reached.goalId().toString());
        data.put("mentorshipId", reached.mentorshipId().value().toString());
        data.put("title", reached.title());
        data.put("reachedAt", reached.reachedAt().toString());
        data.put("automatic", reached.reachedAutomatically());
        notifications.enqueueWebhookEvent(reached.organizationId(), WebhookEvents.MILESTONE_REACHED, data, "milestone-reached:" + reached.id());
    }

    /** Saves the pair's edit of the story; {@code expectedVersion} is the story's version (none before the first edit). */
    @Transactional
    StoryView saveStory(Actor actor, MilestoneId id, Story story, OptionalLong expectedVersion) {
        Visible visible = visible(actor, id);
        visible.mentorship().pair().requireMember(actor.personId(), "edit the story");
        if (!visible.milestone().isReached()) {
            throw new InvalidStateException("The story is told once the milestone is reached");
        }
        Story checked = story.checked();
        Instant now = clock.instant();
        var stored = milestones.story(actor.organizationId(), id);
        if (stored.isEmpty()) {
            if (expectedVersion.isPresent()) {
                throw new StaleVersionException("This story", 0);
            }
            milestones.insertStory(actor.organizationId(), id, checked, actor.personId(), now);
        } else {
            long version = stored.get().version();
            Versions.check("This story", expectedVersion, version);
            Versions.requireWritten(milestones.updateStory(actor.organizationId(), id, checked, actor.personId(), now, version),
                    "This story", () -> version + 1);
        }
        return story(actor, id);
    }

    // ------------------------------------------------------------------- reads

    Visible visible(Actor actor, MilestoneId id) {
        Milestone milestone = milestones.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("Milestone", id));
        Mentorship mentorship = pairOrAdmin(actor, milestone.mentorshipId(), () -> new NotFoundException("Milestone", id));
        return new Visible(milestone, mentorship);
    }

    Page<Milestone> ofGoal(Actor actor, GoalId goalId, PageRequest page) {
        GoalSummary goal = goal(actor, goalId);
        pairOrAdmin(actor, goal.mentorshipId(), () -> new NotFoundException("Goal", goalId));
        return page.page(milestones.ofGoal(actor.organizationId(), goalId, page), m -> m.id().value());
    }

    GoalSummary goal(Actor actor, GoalId goalId) {
        return goals.summary(actor.organizationId(), goalId, today(actor)).orElseThrow(() -> new NotFoundException("Goal", goalId));
    }

    /** The story: the pair's edit if there is one, otherwise drafted from the goal's history now. */
    record StoryView(Story story, boolean edited, long version) {
    }

    /**
     * The story is the pair's working text: only the mentor and the mentee read it here (decision 0078). Others read
     * the story inside a celebration they may see.
     */
    StoryView story(Actor actor, MilestoneId id) {
        Visible visible = visible(actor, id);
        if (!visible.mentorship().isPair(actor.personId())) {
            throw new NotFoundException("Story of milestone", id);
        }
        if (!visible.milestone().isReached()) {
            throw new InvalidStateException("The story is told once the milestone is reached; until then it is still being written");
        }
        return milestones.story(actor.organizationId(), id)
                .map(s -> new StoryView(s.story(), true, s.version()))
                .orElseGet(() -> new StoryView(draft(actor.organizationId(), visible, today(actor), actor.timeZone()), false, 0));
    }

    Story draft(OrganizationId organization, Visible visible, LocalDate today, java.time.ZoneId zone) {
        GoalHistory history = goals.history(organization, visible.milestone().goalId(), today).orElseThrow();
        String mentee = people.find(organization, visible.mentorship().menteeId()).map(p -> firstName(p.displayName())).orElse("The mentee");
        return StoryDraft.draft(history, visible.milestone(), mentee, zone);
    }

    /** Reached milestones of the pair waiting for their celebration longer than the configured time. */
    List<Milestone> celebrationsDue(Actor actor, MentorshipId mentorshipId) {
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, mentorshipId);
        return milestones.uncelebratedReachedBefore(actor.organizationId(), mentorship.id(), clock.instant().minus(celebrationDueAfter))
                .stream().map(MilestoneRepository.ReachedRow::milestone).toList();
    }

    /** Reached milestones of the pair, newest last, with whether each was celebrated. */
    List<MilestoneRepository.ReachedRow> reachedOf(Actor actor, MentorshipId mentorshipId) {
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, mentorshipId);
        return milestones.reachedSince(actor.organizationId(), mentorship.id(), Instant.EPOCH);
    }

    boolean isPair(Actor actor, MentorshipId mentorship) {
        return mentorships.ofPairOrAdmin(actor, mentorship).isPair(actor.personId());
    }

    Duration celebrationDueAfter() {
        return celebrationDueAfter;
    }

    // ---------------------------------------------------------- public read API

    /**
     * For insight: how many milestones of the mentorship were reached and how many celebrations were created in
     * {@code [from, to)}. The caller has already decided the reader may see the mentorship's figures.
     */
    public MilestoneFacts facts(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to) {
        return new MilestoneFacts(milestones.countReached(organization, mentorship, from, to),
                celebrations.countCreated(organization, mentorship, from, to));
    }

    // ----------------------------------------------------------------- helpers

    LocalDate today(Actor actor) {
        return LocalDate.now(clock.withZone(actor.timeZone()));
    }

    private Mentorship pairOrAdmin(Actor actor, MentorshipId id, java.util.function.Supplier<NotFoundException> notFound) {
        try {
            return mentorships.ofPairOrAdmin(actor, id);
        } catch (NotFoundException e) {
            throw notFound.get();
        }
    }

    static String firstName(String displayName) {
        return displayName.strip().split("\\s+")[0];
    }
}
