package org.tandem.goal.core;

import java.time.Instant;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goal.GoalId;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.shared.InvalidStateException;

/**
 * A goal from proposal to its end: proposed by one of the pair, agreed by the other, then
 * achieved (again proposed by one side and agreed by the other) or retired. Each
 * use case takes the instant it happens at: a request's time, or a past one when the demo seed replays history.
 */
@Service
public class GoalLifecycle {

    private final GoalRepository goals;
    private final GoalAccess access;
    private final GoalTransitions transitions;

    GoalLifecycle(GoalRepository goals, GoalAccess access, GoalTransitions transitions) {
        this.goals = goals;
        this.access = access;
        this.transitions = transitions;
    }

    @Transactional
    public Goal propose(Actor actor, MentorshipId mentorshipId, GoalDraft draft, Instant now) {
        Mentorship mentorship = access.mentorship(actor, mentorshipId);
        if (mentorship.status() != Mentorship.Status.ACTIVE) {
            throw new InvalidStateException("This mentorship has ended, so no new goals are proposed in it");
        }
        GoalTransitions.requireStorable(draft.baseline(), draft.target());
        Goal goal = Goal.propose(draft, actor.personId(), mentorship.id(), mentorship.pair(), now);
        goals.insert(actor.organizationId(), goal);
        transitions.publish(goal.events());
        return goal;
    }

    @Transactional
    public Goal agree(Actor actor, GoalId id, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.agree(actor.personId(), now));
    }

    /** One side says the goal is achieved; it stays ACTIVE until the other side agrees. */
    @Transactional
    public Goal proposeAchievement(Actor actor, GoalId id, String evidence, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.proposeAchievement(actor.personId(), evidence, now));
    }

    @Transactional
    public Goal agreeAchievement(Actor actor, GoalId id, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.agreeAchievement(actor.personId(), now));
    }

    @Transactional
    public Goal withdrawAchievement(Actor actor, GoalId id, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.withdrawAchievement(actor.personId(), now));
    }

    /** The side who may agree sends the proposed goal back with a comment; its proposer changes it (decision 0094). */
    @Transactional
    public Goal askChanges(Actor actor, GoalId id, String comment, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.askChangesToGoal(actor.personId(), comment, now));
    }

    /** The proposer answers a request for changes by changing the proposed goal; it waits again for the other side. */
    @Transactional
    public Goal changeProposal(Actor actor, GoalId id, GoalChanges changes, OptionalLong expectedVersion, Instant now) {
        if (changes != null) {
            GoalTransitions.requireStorable(changes.baseline(), changes.target());
        }
        return transitions.change(actor, id, expectedVersion, goal -> goal.changeProposal(changes, actor.personId(), now));
    }

    /** The proposer lets a sent-back revision or achievement go: the request stops waiting on them (decision 0094). */
    @Transactional
    public Goal letGo(Actor actor, GoalId id, java.util.UUID requestId, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.letGo(requestId, actor.personId(), now));
    }

    /** The other side sends the proposal that the goal is achieved back with a comment; the goal stays ACTIVE. */
    @Transactional
    public Goal askChangesToAchievement(Actor actor, GoalId id, String comment, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.askChangesToAchievement(actor.personId(), comment, now));
    }

    @Transactional
    public Goal retire(Actor actor, GoalId id, String reason, OptionalLong expectedVersion, Instant now) {
        return transitions.change(actor, id, expectedVersion, goal -> goal.retire(actor.personId(), reason, now));
    }
}
