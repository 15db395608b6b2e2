package org.tandem.goal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.goal.core.GoalFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.goal.Direction;
import org.tandem.goal.GoalAchieved;
import org.tandem.goal.GoalAchievementProposed;
import org.tandem.goal.GoalAchievementWithdrawn;
import org.tandem.goal.GoalAgreed;
import org.tandem.goal.GoalProposed;
import org.tandem.goal.GoalRetired;
import org.tandem.goal.GoalStatus;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

class GoalTests {

    @Test
    void aProposedGoalWaitsForTheOtherPartyOfThePair() {
        Goal goal = proposedGoal();

        assertThat(goal.status()).isEqualTo(GoalStatus.PROPOSED);
        assertThat(goal.proposedBy()).isEqualTo(MENTEE);
        assertThat(goal.proposedAt()).isEqualTo(NOW);
        assertThat(goal.agreedBy()).isEmpty();
        assertThat(goal.mentorshipId()).isEqualTo(MENTORSHIP);
        assertThat(goal.version()).isZero();
        assertThat(goal.events()).containsExactly(new GoalProposed(goal.id(), MENTORSHIP, MENTEE, MENTOR, NOW));
    }

    @Test
    void someoneOutsideThePairCannotProposeAGoal() {
        assertThatThrownBy(() -> Goal.propose(draft(), OUTSIDER, MENTORSHIP, PAIR, NOW))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("Only the mentor and the mentee");
    }

    @Test
    void anIncompleteDraftCannotBeProposedAndEveryMissingFieldIsNamed() {
        assertThatThrownBy(() -> Goal.propose(GoalDraft.empty().withTitle("Something"), MENTEE, MENTORSHIP, PAIR, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("statement", "kind", "indicator.name", "indicator.unit", "indicator.baseline",
                                "indicator.target", "indicator.direction", "dueOn"));
    }

    @Test
    void aPastDueDateIsReportedTogetherWithTheOtherProblems() {
        GoalDraft draft = draft().withTitle(" ").withDueOn(TODAY.minusDays(3));

        assertThatThrownBy(() -> Goal.propose(draft, MENTEE, MENTORSHIP, PAIR, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("title", "dueOn"));
    }

    @Test
    void aTargetOnTheWrongSideOfTheBaselineIsRefused() {
        GoalDraft wrongWay = draft().withIndicator("Satisfaction score", "points", decimal("40"), decimal("30"), Direction.INCREASE);

        assertThatThrownBy(() -> Goal.propose(wrongWay, MENTEE, MENTORSHIP, PAIR, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("indicator.target", "To increase, the target must lie above the baseline 40")));
    }

    @Test
    void aGoalDueTodayOrEarlierCannotBeProposed() {
        Instant lateInTheDayEverywhere = TODAY.atTime(23, 0).atOffset(ZoneOffset.ofHours(-12)).toInstant();

        assertThatThrownBy(() -> Goal.propose(draft().withDueOn(TODAY), MENTEE, MENTORSHIP, PAIR, lateInTheDayEverywhere))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("dueOn"));
    }

    @Test
    void aDueDateCountsAsAheadWhileItIsStillAheadSomewhereOnEarth() {
        // 20:00 in Honolulu is already the next day in UTC; "tomorrow" must still be accepted there.
        Instant eveningInHonolulu = TODAY.atTime(20, 0).atOffset(ZoneOffset.ofHours(-10)).toInstant();

        assertThat(Deadlines.stillAhead(TODAY.plusDays(1), eveningInHonolulu)).isTrue();
        assertThat(Deadlines.stillAhead(TODAY.minusDays(1), eveningInHonolulu)).isFalse();
    }

    @Test
    void theMentorAgreeingToTheMenteesProposalMakesTheGoalActive() {
        Instant agreedAt = NOW.plusSeconds(60);
        Goal goal = proposedGoal().agree(MENTOR, agreedAt);

        assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(goal.agreedBy()).contains(MENTOR);
        assertThat(goal.agreedAt()).contains(agreedAt);
        assertThat(goal.events()).last().isEqualTo(new GoalAgreed(goal.id(), MENTORSHIP, MENTEE, MENTOR, agreedAt));
    }

    @Test
    void theMenteeAgreeingToTheMentorsProposalMakesTheGoalActive() {
        Goal goal = Goal.propose(draft(), MENTOR, MENTORSHIP, PAIR, NOW).agree(MENTEE, NOW);

        assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(goal.agreedBy()).contains(MENTEE);
    }

    @Test
    void proposerCannotAgreeToTheirOwnGoal() {
        assertThatThrownBy(() -> proposedGoal().agree(MENTEE, NOW))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("You proposed this goal, so it becomes active when your mentor agrees to it");
    }

    @Test
    void someoneOutsideThePairCannotAgree() {
        assertThatThrownBy(() -> proposedGoal().agree(OUTSIDER, NOW))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Only the mentor and the mentee can agree to this goal");
    }

    @Test
    void someoneOutsideThePairLearnsNothingAboutTheGoalsState() {
        assertThatThrownBy(() -> activeGoal().agree(OUTSIDER, NOW)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void anActiveGoalCannotBeAgreedAgain() {
        assertThatThrownBy(() -> activeGoal().agree(MENTEE, NOW))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("this one is ACTIVE");
    }

    @Test
    void aProposalWhoseDueDatePassedCannotBeAgreed() {
        Instant afterTheDueDate = at(DUE.plusDays(2));

        assertThatThrownBy(() -> proposedGoal().agree(MENTOR, afterTheDueDate))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("propose it again with a new date");
    }

    @Test
    void proposingAchievementKeepsTheGoalActiveAndWaitsForTheOtherSide() {
        Instant when = NOW.plusSeconds(7200);

        Goal proposed = activeGoal().proposeAchievement(MENTOR, "  Ran two reviews alone  ", when);

        assertThat(proposed.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(proposed.achievement()).contains(new Achievement(new Signature(MENTOR, when), "Ran two reviews alone"));
        assertThat(proposed.closed()).isEmpty();
        assertThat(proposed.events()).last().isEqualTo(new GoalAchievementProposed(proposed.id(), MENTORSHIP, MENTOR, MENTEE, when));
    }

    @Test
    void theOtherSidesAgreementMakesTheGoalAchievedSignedByWhoAgreed() {
        Instant proposedAt = NOW.plusSeconds(7200);
        Instant agreedAt = NOW.plusSeconds(9000);

        Goal achieved = activeGoal().proposeAchievement(MENTEE, null, proposedAt).agreeAchievement(MENTOR, agreedAt);

        assertThat(achieved.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(achieved.closed()).contains(new Signature(MENTOR, agreedAt));
        assertThat(achieved.achievement()).map(Achievement::proposedBy).contains(MENTEE);
        assertThat(achieved.events()).last().isEqualTo(new GoalAchieved(achieved.id(), MENTORSHIP, MENTOR, agreedAt));
    }

    @Test
    void theProposerCannotAgreeToTheirOwnAchievementProposal() {
        Goal proposed = activeGoal().proposeAchievement(MENTOR, null, NOW);

        assertThatThrownBy(() -> proposed.agreeAchievement(MENTOR, NOW))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("needs the agreement of your mentee");
    }

    @Test
    void agreeingToAnAchievementNobodyProposedIsRefused() {
        assertThatThrownBy(() -> activeGoal().agreeAchievement(MENTEE, NOW))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("Nobody proposed");
    }

    @Test
    void aSecondProposalWhileOneWaitsIsRefused() {
        Goal proposed = activeGoal().proposeAchievement(MENTOR, null, NOW);

        assertThatThrownBy(() -> proposed.proposeAchievement(MENTEE, null, NOW))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("agree to it or decline it");
        assertThatThrownBy(() -> proposed.proposeAchievement(MENTOR, null, NOW))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("already proposed");
    }

    @Test
    void eitherSideMayWithdrawTheProposalAndTheGoalStaysActive() {
        Goal proposed = activeGoal().proposeAchievement(MENTOR, null, NOW);

        for (PersonId side : List.of(MENTOR, MENTEE)) {
            Goal withdrawn = proposed.withdrawAchievement(side, NOW);
            assertThat(withdrawn.status()).isEqualTo(GoalStatus.ACTIVE);
            assertThat(withdrawn.achievement()).isEmpty();
            assertThat(withdrawn.events()).last().isEqualTo(new GoalAchievementWithdrawn(withdrawn.id(), MENTORSHIP, MENTOR, side, NOW));
            assertThat(withdrawn.proposeAchievement(MENTEE, null, NOW).achievement()).isPresent();
        }
        assertThatThrownBy(() -> activeGoal().withdrawAchievement(MENTOR, NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aGoalNobodyAgreedToCannotBeProposedAsAchieved() {
        assertThatThrownBy(() -> proposedGoal().proposeAchievement(MENTOR, null, NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void someoneOutsideThePairCannotProposeAgreeToOrWithdrawAnAchievement() {
        Goal proposed = activeGoal().proposeAchievement(MENTOR, null, NOW);

        assertThatThrownBy(() -> activeGoal().proposeAchievement(OUTSIDER, null, NOW)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposed.agreeAchievement(OUTSIDER, NOW)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposed.withdrawAchievement(OUTSIDER, NOW)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void overlongEvidenceIsRefusedNamingTheField() {
        assertThatThrownBy(() -> activeGoal().proposeAchievement(MENTOR, "x".repeat(2001), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("evidence"));
    }

    @Test
    void retiringDropsAWaitingAchievementProposal() {
        Goal retired = activeGoal().proposeAchievement(MENTOR, null, NOW).retire(MENTEE, "The team was merged", NOW);

        assertThat(retired.achievement()).isEmpty();
    }

    @Test
    void retiringAGoalKeepsTheReason() {
        Goal goal = activeGoal().retire(MENTOR, "  The team was merged  ", NOW);

        assertThat(goal.status()).isEqualTo(GoalStatus.RETIRED);
        assertThat(goal.retiredBecause()).contains("The team was merged");
        assertThat(goal.events()).last().isEqualTo(new GoalRetired(goal.id(), MENTORSHIP, MENTOR, "The team was merged", NOW));
    }

    @Test
    void aProposalCanBeRetiredInsteadOfAgreed() {
        assertThat(proposedGoal().retire(MENTOR, "We chose another goal", NOW).status()).isEqualTo(GoalStatus.RETIRED);
    }

    @Test
    void retiringWithoutAReasonIsRefusedNamingTheField() {
        assertThatThrownBy(() -> activeGoal().retire(MENTEE, " ", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
    }

    @Test
    void aClosedGoalCannotBeRetiredOrAchievedAgain() {
        assertThatThrownBy(() -> achievedGoal().retire(MENTOR, "Changed our minds", NOW)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> retiredGoal().proposeAchievement(MENTOR, null, NOW)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> achievedGoal().proposeAchievement(MENTOR, null, NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void someoneOutsideThePairCannotRetireAGoal() {
        assertThatThrownBy(() -> activeGoal().retire(OUTSIDER, "Not needed", NOW)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aTransitionLeavesTheGoalItStartedFromUntouched() {
        Goal proposed = proposedGoal();

        proposed.agree(MENTOR, NOW);

        assertThat(proposed.status()).isEqualTo(GoalStatus.PROPOSED);
        assertThat(proposed.events()).hasSize(1);
    }

    @Test
    void eventsAccumulateInTheOrderTheyHappened() {
        Goal goal = activeGoal().proposeAchievement(MENTOR, null, NOW).agreeAchievement(MENTEE, NOW);

        assertThat(goal.events()).extracting(Object::getClass)
                .containsExactly(GoalProposed.class, GoalAgreed.class, GoalAchievementProposed.class, GoalAchieved.class);
    }

    @Test
    void aRestoredGoalStartsWithoutEventsAndKeepsItsVersion() {
        Goal active = activeGoal();

        Goal restored = Goal.restore(active.id(), MENTORSHIP, PAIR, active.terms(), GoalStatus.ACTIVE, new Signature(MENTEE, NOW),
                new Signature(MENTOR, NOW), null, null, null, GoalRevisions.none(), List.of(), 7);

        assertThat(restored.events()).isEmpty();
        assertThat(restored.version()).isEqualTo(7);
        assertThat(restored.proposeAchievement(MENTOR, null, NOW).version()).isEqualTo(7);
    }

    @Test
    void storedFactsThatContradictTheStatusAreRefused() {
        Goal active = activeGoal();

        assertThatThrownBy(() -> Goal.restore(active.id(), MENTORSHIP, PAIR, active.terms(), GoalStatus.ACTIVE,
                new Signature(MENTEE, NOW), null, null, null, null, GoalRevisions.none(), List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPairNeedsTwoDifferentPeople() {
        assertThatThrownBy(() -> new Pair(MENTOR, MENTOR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDraftOfAGoalRoundTripsThroughItsTerms() {
        Goal goal = activeGoal();

        assertThat(GoalTerms.from(goal.terms().toDraft())).isEqualTo(goal.terms());
        assertThat(goal.terms().indicator()).isEqualTo(
                new Indicator("Satisfaction score", "points", decimal("40"), decimal("80"), Direction.INCREASE));
        assertThat(goal.terms().dueOn()).isEqualTo(LocalDate.of(2027, 6, 29));
    }
}
