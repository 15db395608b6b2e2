package org.tandem.goal.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tandem.goal.GoalEvent;
import org.tandem.goal.GoalId;
import org.tandem.people.Actor;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.Versions;

/**
 * The steps every change of a goal takes, whichever use case asks: load the goal the actor may see, check the version
 * the actor saw, let the goal decide, store the result and publish what happened in the same transaction.
 */
@Component
class GoalTransitions {

    private final GoalRepository goals;
    private final GoalAccess access;
    private final ApplicationEventPublisher events;
    private final GoalMessages messages;

    GoalTransitions(GoalRepository goals, GoalAccess access, ApplicationEventPublisher events, GoalMessages messages) {
        this.goals = goals;
        this.access = access;
        this.events = events;
        this.messages = messages;
    }

    Goal change(Actor actor, GoalId id, OptionalLong expectedVersion, UnaryOperator<Goal> transition) {
        Goal goal = access.goal(actor, id).goal();
        Versions.check("This goal", expectedVersion, goal.version());
        Goal changed = transition.apply(goal);
        Goal saved = goals.update(actor.organizationId(), changed);
        publish(changed.events());
        messages.send(actor.organizationId(), saved, changed.events());
        return saved;
    }

    void publish(List<? extends GoalEvent> happened) {
        happened.forEach(events::publishEvent);
    }

    void publish(GoalEvent happened) {
        events.publishEvent(happened);
    }

    /** The database keeps four decimals; more would be rounded without anybody noticing. */
    static void requireStorable(BigDecimal baseline, BigDecimal target) {
        List<FieldError> errors = new ArrayList<>();
        Decimals.check(errors, GoalTerms.BASELINE, baseline);
        Decimals.check(errors, GoalTerms.TARGET, target);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
