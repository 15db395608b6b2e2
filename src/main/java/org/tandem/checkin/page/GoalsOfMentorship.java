package org.tandem.checkin.page;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalService;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/** Answers the check-in's questions about goals from the goal feature's own read API. */
@Component
class GoalsOfMentorship implements GoalLookup {

    private final GoalService goals;
    private final Clock clock;

    GoalsOfMentorship(GoalService goals, Clock clock) {
        this.goals = goals;
        this.clock = clock;
    }

    @Override
    public List<ActiveGoal> activeGoals(OrganizationId organization, MentorshipId mentorship) {
        return goals.activeGoals(organization, mentorship, LocalDate.now(clock)).stream()
                .map(g -> new ActiveGoal(g.id().value(), g.title(), g.indicatorName(), g.unit(), g.baseline(), g.target(), g.latest(),
                        g.dueOn(), g.signals().stream().map(s -> new Signal(s.kind().name(), s.message())).toList(),
                        GoalController.PAGE.replace("{id}", g.id().toString()) + "#revise"))
                .toList();
    }

    @Override
    public List<IndicatorChange> measurementsSince(OrganizationId organization, MentorshipId mentorship, Instant since) {
        return goals.measurementChangesSince(organization, mentorship, since).stream()
                .map(c -> new IndicatorChange(c.goalId().value(), c.goalTitle(), c.unit(), c.before(), c.after()))
                .toList();
    }

    @Override
    public List<Revision> revisionsBetween(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to) {
        return goals.revisionsBetween(organization, mentorship, from, to).stream()
                .map(r -> new Revision(r.goalId().value(), r.goalTitle(), r.rationale()))
                .toList();
    }
}
