package org.tandem.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalChanges;
import org.tandem.goal.core.GoalDraft;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.core.GoalMeasuring;
import org.tandem.goal.core.GoalRevising;
import org.tandem.goal.core.RevisionContext;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;

/**
 * Writes a goal's history at instants in the past, for seeding a demo (docs/decisions/0060-demo-history.md). Each
 * method calls the use case the pages and the API call ({@link GoalLifecycle}, {@link GoalMeasuring},
 * {@link GoalRevising}) with {@code at} as its instant: the same access checks, guarded transitions, storage and
 * events. This class only turns the demo's terms into the feature's own types.
 */
@Component
public class GoalBackfill {

    private final GoalLifecycle lifecycle;
    private final GoalMeasuring measuring;
    private final GoalRevising revising;

    GoalBackfill(GoalLifecycle lifecycle, GoalMeasuring measuring, GoalRevising revising) {
        this.lifecycle = lifecycle;
        this.measuring = measuring;
        this.revising = revising;
    }

    /** A complete goal as the pair would type it. */
    public record Terms(String title, String statement, GoalKind kind, String indicatorName, String indicatorUnit,
                        BigDecimal baseline, BigDecimal target, Direction direction, String attainability, String relevance,
                        LocalDate dueOn) {

        GoalDraft toDraft() {
            return new GoalDraft(title, statement, kind, indicatorName, indicatorUnit, baseline, target, direction, attainability,
                    relevance, dueOn);
        }
    }

    /**
     * A revision: the new target, statement or due date (null leaves it as it is), why, and what constrained the pair.
     * The cadence is never reset from here: that would move check-ins relative to the clock, not to {@code at}.
     */
    public record Revision(String statement, BigDecimal target, LocalDate dueOn, String rationale, String teamPriorities,
                           String constraints) {
    }

    @Transactional
    public GoalId propose(Actor by, MentorshipId mentorship, Terms terms, Instant at) {
        return lifecycle.propose(by, mentorship, terms.toDraft(), at).id();
    }

    @Transactional
    public void agree(Actor by, GoalId goal, Instant at) {
        lifecycle.agree(by, goal, OptionalLong.empty(), at);
    }

    /** Achievement needs both sides: {@code proposer} says it is achieved, {@code agreer} (the other side) agrees. */
    @Transactional
    public void achieve(Actor proposer, Actor agreer, GoalId goal, String evidence, Instant at) {
        lifecycle.proposeAchievement(proposer, goal, evidence, OptionalLong.empty(), at);
        lifecycle.agreeAchievement(agreer, goal, OptionalLong.empty(), at);
    }

    @Transactional
    public MeasurementId measure(Actor by, GoalId goal, BigDecimal value, LocalDate observedOn, String note, Instant at) {
        return measuring.record(by, goal, value, observedOn, note, at).id();
    }

    @Transactional
    public GoalRevisionId proposeRevision(Actor by, GoalId goal, Revision revision, Instant at) {
        GoalChanges changes = GoalChanges.none().withStatement(revision.statement()).withTarget(revision.target())
                .withDueOn(revision.dueOn());
        Goal proposed = revising.propose(by, goal, changes, revision.rationale(),
                new RevisionContext(revision.teamPriorities(), revision.constraints(), null), false, OptionalLong.empty(), at);
        return proposed.revisions().getLast().id();
    }

    @Transactional
    public void agreeRevision(Actor by, GoalId goal, GoalRevisionId revision, Instant at) {
        revising.agree(by, goal, revision, OptionalLong.empty(), at);
    }
}
