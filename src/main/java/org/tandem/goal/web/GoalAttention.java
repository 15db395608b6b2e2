package org.tandem.goal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalChangesAsked.Subject;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalRepository;
import org.tandem.mentorship.Attention;
import org.tandem.mentorship.AttentionSource;
import org.tandem.mentorship.Mentorship;
import org.tandem.people.Actor;

/**
 * What goals ask of a person on the home page: a goal or a revision the other side proposed, waiting for their agreement;
 * and what they proposed that the other side sent back with a comment.
 */
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
                asked(actor, mentorship, goal, found);
                if (!goal.proposedBy().equals(actor.personId()) && goal.openRequest(Subject.GOAL).isEmpty()) {
                    found.add(Attention.at(mentorship.id(), Attention.Urgency.WAITING, "New goal to agree: " + goal.terms().title(),
                            goal.proposedAt(), "Review it", GoalController.path(goal.id())));
                }
            }
            for (Goal goal : goals.ofMentorship(actor.organizationId(), mentorship.id(), GoalStatus.ACTIVE)) {
                asked(actor, mentorship, goal, found);
                goal.pendingRevision().filter(r -> !r.proposedBy().equals(actor.personId())).ifPresent(r ->
                        found.add(Attention.at(mentorship.id(), Attention.Urgency.WAITING,
                                "Change to agree: revision #" + r.number() + " of " + goal.terms().title(), r.proposed().at(), "Review it",
                                GoalController.path(goal.id()) + "#pending")));
            }
        }
        return found;
    }

    /** The other side sent back something the reader proposed, with a comment to read (decision 0094). */
    private static void asked(Actor actor, Mentorship mentorship, Goal goal, List<Attention> found) {
        goal.changeRequests().stream().filter(r -> r.isOpen() && r.proposedBy().equals(actor.personId())).forEach(r ->
                found.add(Attention.at(mentorship.id(), Attention.Urgency.WAITING, "Changes asked: " + switch (r.subject()) {
                    case GOAL -> goal.terms().title();
                    case REVISION -> "your revision of " + goal.terms().title();
                    case ACHIEVEMENT -> "your proposal that " + goal.terms().title() + " is achieved";
                }, r.asked().at(), "Read the comment", GoalController.path(goal.id()) + "#changes")));
    }
}
