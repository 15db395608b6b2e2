package org.tandem.milestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goal.GoalId;
import org.tandem.people.Actor;

/**
 * Writes milestones and celebrations at instants in the past, for seeding a demo (docs/decisions/0060-demo-history.md).
 * Each method runs a {@link Milestones} or {@link Celebrations} use case (planning, publishing, a stakeholder's answer)
 * at {@code at} instead of the clock's now: the same access checks, rules, storage, events and messages. A milestone with a threshold is
 * reached by the goal's measurements, exactly as in the running application.
 */
@Component
public class MilestoneBackfill {

    private final Milestones milestones;
    private final Celebrations celebrations;

    MilestoneBackfill(Milestones milestones, Celebrations celebrations) {
        this.milestones = milestones;
        this.celebrations = celebrations;
    }

    /** A reward, e.g. kind RESPONSIBILITY, PROJECT, NETWORK, LEARNING or OTHER. */
    public record Reward(String kind, String description) {
    }

    /** A next step, e.g. kind EXPAND_SCOPE, ADVANCED_LEARNING, MENTOR_OTHERS or OTHER. */
    public record NextStep(String kind, String description) {
    }

    /** A stakeholder invited by email who answers their guest link with their name and words. */
    public record Words(String email, String name, String words) {
    }

    /**
     * A celebration as the pair publishes it: the recognition, the rewards, what comes next, the story's impact in the
     * pair's own words (the rest of the story is drafted from the goal's history, as on the page), who may see it and the
     * stakeholders.
     */
    public record Draft(String recognition, List<Reward> rewards, List<NextStep> nextSteps, String impact, CelebrationVisibility visibility,
                        List<Words> stakeholders) {
    }

    @Transactional
    public MilestoneId plan(Actor by, GoalId goal, String title, BigDecimal threshold, LocalDate dueOn, Instant at) {
        return milestones.plan(by, goal, title, threshold, dueOn, at).id();
    }

    /** Publishes the celebration at {@code at}; each stakeholder answers their link at {@code answeredAt}. */
    @Transactional
    public void celebrate(Actor by, MilestoneId milestone, Draft draft, Instant at, Instant answeredAt) {
        Story drafted = milestones.story(by, milestone).story();
        Story story = new Story(drafted.context(), drafted.learningCurve(), drafted.decisionPoints(), draft.impact());
        var rewards = draft.rewards().stream()
                .map(r -> new Celebration.Reward(Celebration.RewardKind.valueOf(r.kind()), r.description())).toList();
        var steps = draft.nextSteps().stream()
                .map(s -> new Celebration.NextStep(null, Celebration.NextStepKind.valueOf(s.kind()), s.description(), null, 0)).toList();
        var published = celebrations.publish(by, milestone, new Celebration.Draft(draft.recognition(), rewards, steps,
                draft.stakeholders().stream().map(Words::email).toList(), draft.visibility()), story, at);
        for (Celebrations.Link link : published.links()) {
            String token = link.link().substring(link.link().lastIndexOf('/') + 1);
            Words words = draft.stakeholders().stream().filter(w -> w.email().equalsIgnoreCase(link.email())).findFirst().orElseThrow();
            celebrations.answer(token, words.name(), words.words(), answeredAt);
        }
    }
}
