package org.tandem.checkin.page;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.checkin.CheckInPartChanged;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.checkin.session.CheckInRepository;
import org.tandem.goal.GoalEvent;
import org.tandem.goal.GoalRevised;
import org.tandem.goal.GoalRevisionProposed;
import org.tandem.goal.GoalRevisionWithdrawn;
import org.tandem.people.PersonId;

/**
 * A goal's revision proposed, agreed or set aside — in a check-in's dialog or on the goal page — changes the ADJUST
 * part of the pair's running check-in: the other person's open page fetches that part again (decisions 0088, 0093).
 */
@Component
class GoalRevisionsOnCheckIns {

    private final CheckInRepository checkIns;
    private final ApplicationEventPublisher events;

    GoalRevisionsOnCheckIns(CheckInRepository checkIns, ApplicationEventPublisher events) {
        this.checkIns = checkIns;
        this.events = events;
    }

    @EventListener
    void on(GoalEvent event) {
        PersonId by = switch (event) {
            case GoalRevisionProposed proposed -> proposed.proposedBy();
            case GoalRevised revised -> revised.agreedBy();
            case GoalRevisionWithdrawn withdrawn -> withdrawn.withdrawnBy();
            default -> null;
        };
        if (by == null) {
            return;
        }
        checkIns.runningOf(event.mentorshipId())
                .forEach(checkIn -> events.publishEvent(new CheckInPartChanged(checkIn, CheckInRoutes.GOALS_ID, null, by, false)));
    }
}
