package org.tandem.goal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tandem.goal.core.GoalFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.goal.Direction;
import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalRevised;
import org.tandem.goal.GoalRevisionId;
import org.tandem.goal.GoalRevisionProposed;
import org.tandem.goal.GoalRevisionWithdrawn;
import org.tandem.goal.core.GoalRevision.Status;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;

class GoalRevisionTests {

    static final Instant LATER = NOW.plusSeconds(86_400 * 10);
    static final LocalDate NEW_DUE = DUE.plusDays(60);
    static final RevisionContext CONTEXT = new RevisionContext("Support quality stays the top priority",
            "Only one review slot a week until June", "Wants to coach new hires");

    static Goal withProposedRevision(GoalChanges changes) {
        return activeGoal().proposeRevision(changes, "Reviews started later than planned", CONTEXT, false, MENTEE, LATER);
    }

    static GoalRevisionId pendingId(Goal goal) {
        return goal.pendingRevision().orElseThrow().id();
    }

    @Test
    void aProposedRevisionLeavesTheGoalUnchangedUntilTheOtherSideAgrees() {
        Goal active = activeGoal();

        Goal proposed = active.proposeRevision(GoalChanges.none().withDueOn(NEW_DUE), "Reviews started late", CONTEXT, true, MENTEE, LATER);

        assertThat(proposed.terms()).isEqualTo(active.terms());
        GoalRevision revision = proposed.pendingRevision().orElseThrow();
        assertThat(revision.status()).isEqualTo(Status.PROPOSED);
        assertThat(revision.number()).isEqualTo(1);
        assertThat(revision.fieldChanges()).isEmpty();
        assertThat(proposed.events()).last().isEqualTo(new GoalRevisionProposed(proposed.id(), MENTORSHIP, revision.id(), 1, MENTEE, MENTOR, LATER));
    }

    @Test
    void revisingAGoalKeepsThePreviousVersion() {
        Goal proposed = withProposedRevision(GoalChanges.none().withDueOn(NEW_DUE).withTarget(decimal("70")));

        Goal revised = proposed.applyRevision(pendingId(proposed), MENTOR, LATER.plusSeconds(60));

        assertThat(revised.terms().dueOn()).isEqualTo(NEW_DUE);
        assertThat(revised.terms().indicator().target()).isEqualByComparingTo("70");
        GoalRevision applied = revised.revisions().getFirst();
        assertThat(applied.status()).isEqualTo(Status.APPLIED);
        assertThat(applied.agreement()).contains(new Signature(MENTOR, LATER.plusSeconds(60)));
        assertThat(applied.fieldChanges()).containsExactly(
                new FieldChange("indicator.target", "80", "70"),
                new FieldChange("dueOn", DUE.toString(), NEW_DUE.toString()));
        assertThat(proposed.terms().dueOn()).as("the goal before the revision is untouched").isEqualTo(DUE);
    }

    @Test
    void anAppliedRevisionKeepsItsWhyAndTellsTheMentorshipToResetTheCadence() {
        Goal proposed = activeGoal().proposeRevision(GoalChanges.none().withDueOn(NEW_DUE), "Reviews started late", CONTEXT,
                true, MENTOR, LATER);

        Goal revised = proposed.applyRevision(pendingId(proposed), MENTEE, LATER);

        GoalRevision applied = revised.revisions().getFirst();
        assertThat(applied.rationale()).isEqualTo("Reviews started late");
        assertThat(applied.context()).isEqualTo(CONTEXT);
        assertThat(applied.resetCadence()).isTrue();
        assertThat(applied.proposed()).isEqualTo(new Signature(MENTOR, LATER));
        assertThat(revised.events()).last().isEqualTo(new GoalRevised(revised.id(), MENTORSHIP, applied.id(), 1,
                applied.fieldChanges(), "Reviews started late", true, MENTOR, MENTEE, LATER));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void aRevisionWithoutRationaleIsRefusedNamingTheField(String rationale) {
        assertThatThrownBy(() -> activeGoal().proposeRevision(GoalChanges.none().withDueOn(NEW_DUE), rationale, CONTEXT, false, MENTEE, LATER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("rationale"));
    }

    @Test
    void aRevisionThatChangesNothingIsRefused() {
        assertThatThrownBy(() -> activeGoal().proposeRevision(GoalChanges.none(), "Why not", CONTEXT, false, MENTEE, LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("changes", "Name at least one field of the goal to change")));
    }

    @Test
    void aRevisionRepeatingTheCurrentValuesIsRefused() {
        GoalChanges same = GoalChanges.none().withDueOn(DUE).withTarget(decimal("80.00"));

        assertThatThrownBy(() -> activeGoal().proposeRevision(same, "Just checking", CONTEXT, false, MENTEE, LATER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("changes"));
    }

    @Test
    void aRevisionMovingTheDueDateIntoThePastIsRefused() {
        assertThatThrownBy(() -> withProposedRevision(GoalChanges.none().withDueOn(TODAY.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("dueOn"));
    }

    @Test
    void aRevisionWhoseNewDueDatePassedBeforeAgreementCannotBeApplied() {
        LocalDate soon = TODAY.plusDays(20);
        Goal proposed = withProposedRevision(GoalChanges.none().withDueOn(soon));

        assertThatThrownBy(() -> proposed.applyRevision(pendingId(proposed), MENTOR, at(soon.plusDays(3))))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("no longer in the future");
    }

    @Test
    void aRevisionThatWouldBreakTheIndicatorIsRefusedNamingTheField() {
        assertThatThrownBy(() -> withProposedRevision(GoalChanges.none().withTarget(decimal("40"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("indicator.target"));
    }

    @Test
    void onlyAnActiveGoalCanBeRevised() {
        GoalChanges changes = GoalChanges.none().withDueOn(NEW_DUE);

        assertThatThrownBy(() -> proposedGoal().proposeRevision(changes, "Later", CONTEXT, false, MENTOR, LATER))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> achievedGoal().proposeRevision(changes, "Later", CONTEXT, false, MENTOR, LATER))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void theProposerCannotAgreeToTheirOwnRevision() {
        Goal proposed = withProposedRevision(GoalChanges.none().withDueOn(NEW_DUE));

        assertThatThrownBy(() -> proposed.applyRevision(pendingId(proposed), MENTEE, LATER))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("You proposed revision #1, so it needs the agreement of your mentor");
    }

    @Test
    void someoneOutsideThePairCannotProposeAgreeToOrWithdrawARevision() {
        Goal proposed = withProposedRevision(GoalChanges.none().withDueOn(NEW_DUE));
        GoalChanges changes = GoalChanges.none().withTitle("Another title");

        assertThatThrownBy(() -> activeGoal().proposeRevision(changes, "I think so", CONTEXT, false, OUTSIDER, LATER))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposed.applyRevision(pendingId(proposed), OUTSIDER, LATER)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposed.withdrawRevision(pendingId(proposed), OUTSIDER, LATER)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void onlyOneRevisionWaitsForAgreementAtATime() {
        Goal proposed = withProposedRevision(GoalChanges.none().withDueOn(NEW_DUE));

        assertThatThrownBy(() -> proposed.proposeRevision(GoalChanges.none().withTitle("Other"), "Also", CONTEXT, false, MENTOR, LATER))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("Revision #1 still waits for agreement");
    }

    @Test
    void anAppliedRevisionCanNeitherBeAppliedAgainNorWithdrawn() {
        Goal proposed = withProposedRevision(GoalChanges.none().withDueOn(NEW_DUE));
        GoalRevisionId id = pendingId(proposed);
        Goal revised = proposed.applyRevision(id, MENTOR, LATER);

        assertThatThrownBy(() -> revised.applyRevision(id, MENTOR, LATER)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> revised.withdrawRevision(id, MENTEE, LATER)).isInstanceOf(InvalidStateException.class);
        assertThat(revised.revisions().getFirst().status()).isEqualTo(Status.APPLIED);
    }

    @Test
    void aDeclinedRevisionStaysInTheHistoryAndTheGoalIsUnchanged() {
        Goal proposed = withProposedRevision(GoalChanges.none().withDueOn(NEW_DUE));

        Goal declined = proposed.withdrawRevision(pendingId(proposed), MENTOR, LATER);

        assertThat(declined.terms().dueOn()).isEqualTo(DUE);
        assertThat(declined.revisions()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.WITHDRAWN);
            assertThat(r.withdrawn()).isEqualTo(new Signature(MENTOR, LATER));
        });
        assertThat(declined.events()).last().isInstanceOf(GoalRevisionWithdrawn.class);
    }

    @Test
    void revisionsAreNumberedInOrderAndTheHistoryOnlyGrows() {
        Goal first = withProposedRevision(GoalChanges.none().withDueOn(NEW_DUE));
        Goal withdrawn = first.withdrawRevision(pendingId(first), MENTEE, LATER);
        Goal second = withdrawn.proposeRevision(GoalChanges.none().withTitle("Happier customers"), "Clearer title", CONTEXT, false, MENTOR, LATER);
        Goal applied = second.applyRevision(pendingId(second), MENTEE, LATER);

        assertThat(applied.revisions()).extracting(GoalRevision::number, GoalRevision::status)
                .containsExactly(tuple(1, Status.WITHDRAWN), tuple(2, Status.APPLIED));
        assertThat(applied.terms().title()).isEqualTo("Happier customers");
    }

    @Test
    void aRevisionOfAnotherGoalIsNotFound() {
        Goal other = withProposedRevision(GoalChanges.none().withDueOn(NEW_DUE));

        assertThatThrownBy(() -> activeGoal().applyRevision(pendingId(other), MENTOR, LATER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void closingAGoalWithdrawsTheRevisionThatWasStillWaiting() {
        Goal proposed = withProposedRevision(GoalChanges.none().withDueOn(NEW_DUE));

        Goal achieved = proposed.proposeAchievement(MENTEE, null, LATER).agreeAchievement(MENTOR, LATER);

        assertThat(achieved.pendingRevision()).isEmpty();
        assertThat(achieved.revisions().getFirst().status()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void reframingAnOutputGoalAsLearningKeepsTheOriginalStatementInTheHistory() {
        Goal active = activeGoal();
        String original = active.terms().statement();
        Indicator rubric = new Indicator("Ticket review rubric level", "level", decimal("1"), decimal("4"), Direction.INCREASE);
        GoalChanges reframe = GoalChanges.reframeAsLearning(
                "Demonstrate root-cause analysis by leading ticket reviews that the team rates on the rubric", rubric);

        Goal proposed = active.proposeRevision(reframe, "Effort is high but the score lags behind the work", CONTEXT, true, MENTOR, LATER);
        Goal reframed = proposed.applyRevision(pendingId(proposed), MENTEE, LATER);

        assertThat(reframed.terms().kind()).isEqualTo(GoalKind.LEARNING);
        assertThat(reframed.terms().indicator()).isEqualTo(rubric);
        assertThat(reframed.revisions().getFirst().fieldChanges()).contains(
                new FieldChange("statement", original, reframe.statement()),
                new FieldChange("kind", "OUTPUT", "LEARNING"),
                new FieldChange("indicator.name", "Satisfaction score", "Ticket review rubric level"),
                new FieldChange("indicator.baseline", "40", "1"));
        assertThat(reframed.terms().title()).isEqualTo(active.terms().title());
    }

    @Test
    void aStoredRevisionWhoseFactsContradictItsStatusIsRefused() {
        assertThatThrownBy(() -> new GoalRevision(GoalRevisionId.next(), activeGoal().id(), 1, Status.APPLIED,
                GoalChanges.none().withTitle("x"), "why", null, false, new Signature(MENTEE, NOW), null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
