package org.tandem.checkin.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;
import org.tandem.goal.Effort;
import org.tandem.goal.EffortSource;
import org.tandem.goal.GoalId;
import org.tandem.people.OrganizationId;

/**
 * The effort behind a goal, as the goal feature's signals read it: action items linked to the goal and marked
 * done in the window (by the day they were closed, in UTC). Check-ins record no hours, so none are claimed.
 * It is a fallback so that another source registered on purpose (a richer one, or a test's stand-in) takes its place.
 */
@Component
@Fallback
class ActionItemEffort implements EffortSource {

    private final ActionItemRepository actionItems;

    ActionItemEffort(ActionItemRepository actionItems) {
        this.actionItems = actionItems;
    }

    @Override
    public Effort effortFor(OrganizationId organization, GoalId goal, LocalDate from, LocalDate to) {
        return Effort.of(actionItems.doneForGoal(organization, goal.value(), from, to), BigDecimal.ZERO, from, to);
    }
}
