package org.tandem.goal.core;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalRevisionId;
import org.tandem.mentorship.Mentorships;
import org.tandem.notify.Notifications;
import org.tandem.notify.WebhookEvents;
import org.tandem.people.Actor;

/**
 * Changing an agreed goal: one side proposes a revision with its why, the other agrees (and only then the goal
 * changes) or either side withdraws it. Each use case takes the instant it happens at.
 */
@Service
public class GoalRevising {

    private final GoalTransitions transitions;
    private final Mentorships mentorships;
    private final Notifications notifications;

    GoalRevising(GoalTransitions transitions, Mentorships mentorships, Notifications notifications) {
        this.transitions = transitions;
        this.mentorships = mentorships;
        this.notifications = notifications;
    }

    /** Returns the goal, unchanged but for the new pending revision (the last one). */
    @Transactional
    public Goal propose(Actor actor, GoalId id, GoalChanges changes, String rationale, RevisionContext context,
            boolean resetCadence, OptionalLong expectedVersion, Instant now) {
        if (changes != null) {
            GoalTransitions.requireStorable(changes.baseline(), changes.target());
        }
        return transitions.change(actor, id, expectedVersion,
                goal -> goal.proposeRevision(changes, rationale, context, resetCadence, actor.personId(), now));
    }

    /**
     * The other side agrees: the goal changes now. A revision that resets the cadence moves the mentorship's next
     * check-in to one interval after the agreement.
     */
    @Transactional
    public Goal agree(Actor actor, GoalId id, GoalRevisionId revisionId, OptionalLong expectedVersion, Instant now) {
        Goal revised = transitions.change(actor, id, expectedVersion, goal -> goal.applyRevision(revisionId, actor.personId(), now));
        GoalRevision applied = revised.revisions().stream().filter(r -> r.id().equals(revisionId)).findFirst().orElseThrow();
        if (applied.resetCadence()) {
            mentorships.resetNextCheckIn(actor.organizationId(), revised.mentorshipId(), now);
        }
        notifications.enqueueWebhookEvent(actor.organizationId(), WebhookEvents.GOAL_REVISED, revisedData(revised, applied, now),
                "goal-revised:" + applied.id().value());
        return revised;
    }

    @Transactional
    public Goal withdraw(Actor actor, GoalId id, GoalRevisionId revisionId, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.withdrawRevision(revisionId, actor.personId(), now));
    }

    /** The other side sends the revision back with a comment: it is set aside, and its proposer proposes another. */
    @Transactional
    public Goal askChanges(Actor actor, GoalId id, GoalRevisionId revisionId, String comment, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.askChangesToRevision(revisionId, actor.personId(), comment, now));
    }

    /** The webhook's data: which goal, which revision, what changed and why; no measurement or note leaves with it. */
    private static Map<String, Object> revisedData(Goal goal, GoalRevision applied, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
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
}
