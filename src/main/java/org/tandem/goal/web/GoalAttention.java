package org.tandem.goal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalRepository;
import org.tandem.mentorship.Attention;
import org.tandem.mentorship.AttentionSource;
import org.tandem.mentorship.Mentorship;
import org.tandem.people.Actor;

/** What goals ask of a person on the home page: a goal or a revision the other side proposed, waiting for their agreement. */
@Component
class GoalAttention implements AttentionSource {

    private final GoalRepository goals;

    GoalAttention(GoalRepository goals) {
        this.goals = goals;
    }

    @Override
    public List<Attention> attentionFor(Actor actor, List<Mentorship> mine, Instant now) {
        List<Attention> found = new ArrayList<>();
        for (Mentorship mentorship : mine) {
            for (Goal goal : goals.ofMentorship(actor.organizationId(), mentorship.id(), GoalStatus.PROPOSED)) {
                if (!goal.proposedBy().equals(actor.personId())) {
                    found.add(Attention.at(mentorship.id(), Attention.Urgency.WAITING, "New goal to agree: " + goal.terms().title(),
                            goal.proposedAt(), "Review it", GoalController.path(goal.id())));
                }
            }
            for (Goal goal : goals.ofMentorship(actor.organizationId(), mentorship.id(), GoalStatus.ACTIVE)) {
                goal.pendingRevision().filter(r -> !r.proposedBy().equals(actor.personId())).ifPresent(r ->
                        found.add(Attention.at(mentorship.id(), Attention.Urgency.WAITING,
                                "Change to agree: revision #" + r.number() + " of " + goal.terms().title(), r.proposed().at(), "Review it",
                                GoalController.path(goal.id()) + "#pending")));
            }
        }
        return found;
    }
}
