package org.tandem.goal.core;

import org.springframework.stereotype.Component;
import org.tandem.goal.GoalId;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.shared.NotFoundException;

/**
 * Who sees a goal: only the pair and admins. For everyone else (program leads included) a goal does not exist, and
 * a goal of another pair answers exactly like one that does not exist, so nothing about it leaks.
 */
@Component
public class GoalAccess {

    private final GoalRepository goals;
    private final Mentorships mentorships;

    GoalAccess(GoalRepository goals, Mentorships mentorships) {
        this.goals = goals;
        this.mentorships = mentorships;
    }

    /** A goal with the mentorship it belongs to, as one the actor may see. */
    public record Visible(Goal goal, Mentorship mentorship) {
    }

    /** @throws NotFoundException unless the actor is of the goal's pair or an admin */
    public Visible goal(Actor actor, GoalId id) {
        Goal goal = goals.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("Goal", id));
        return new Visible(goal, mentorships.ofWork(actor, goal.mentorshipId(), false, "Goal", id));
    }

    /** The mentorship whose goals the actor works on or looks after; not found for everyone else. */
    public Mentorship mentorship(Actor actor, MentorshipId id) {
        return mentorships.ofPairOrAdmin(actor, id);
    }
}
