package org.tandem.goal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.goal.core.GoalFixtures.*;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tandem.goal.GoalChangesAsked;
import org.tandem.goal.GoalChangesAsked.Subject;
import org.tandem.goal.GoalProposalChanged;
import org.tandem.goal.GoalRevisionId;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.core.ChangeRequest.Answer;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

/** "Ask for changes" (decision 0094): the side who may agree sends a proposal back with a comment instead. */
class GoalChangeRequestTests {

    static final Instant LATER = NOW.plusSeconds(3600);
    static final String COMMENT = "The target reads as a wish; name the survey the score comes from";

    @Test
    void theOtherSideSendsAProposedGoalBackAndItStaysProposed() {
        Goal asked = proposedGoal().askChangesToGoal(MENTOR, COMMENT, LATER);

        assertThat(asked.status()).isEqualTo(GoalStatus.PROPOSED);
        ChangeRequest request = asked.openRequest(Subject.GOAL).orElseThrow();
        assertThat(request.comment()).isEqualTo(COMMENT);
        assertThat(request.askedBy()).isEqualTo(MENTOR);
        assertThat(request.proposedBy()).isEqualTo(MENTEE);
        assertThat(asked.events()).last().isEqualTo(new GoalChangesAsked(asked.id(), MENTORSHIP, Subject.GOAL, null, MENTOR, MENTEE, LATER));
    }

    @Test
    void theProposerCannotAskChangesOfTheirOwnGoal() {
        assertThatThrownBy(() -> proposedGoal().askChangesToGoal(MENTEE, COMMENT, LATER))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("You proposed this goal");
    }

    @Test
    void someoneOutsideThePairCannotAskForChanges() {
        assertThatThrownBy(() -> proposedGoal().askChangesToGoal(OUTSIDER, COMMENT, LATER))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("Only the mentor and the mentee");
    }

    @Test
    void aRequestNeedsAComment() {
        assertThatThrownBy(() -> proposedGoal().askChangesToGoal(MENTOR, "  ", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("comment"));
        assertThatThrownBy(() -> proposedGoal().askChangesToGoal(MENTOR, "x".repeat(2001), LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("comment"));
        assertThat(proposedGoal().askChangesToGoal(MENTOR, "x".repeat(2000), LATER).openRequest(Subject.GOAL)).isPresent();
    }

    @Test
    void oneRequestWaitsAtATime() {
        Goal asked = proposedGoal().askChangesToGoal(MENTOR, COMMENT, LATER);

        assertThatThrownBy(() -> asked.askChangesToGoal(MENTOR, "And the date", LATER)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anActiveGoalCannotBeSentBackAsAProposal() {
        assertThatThrownBy(() -> activeGoal().askChangesToGoal(MENTOR, COMMENT, LATER)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void theProposerChangesTheGoalInReplyAndItWaitsAgain() {
        Goal asked = proposedGoal().askChangesToGoal(MENTOR, COMMENT, LATER);

        Goal changed = asked.changeProposal(GoalChanges.none().withTitle("Raise the quarterly survey score"), MENTEE, LATER.plusSeconds(60));

        assertThat(changed.status()).isEqualTo(GoalStatus.PROPOSED);
        assertThat(changed.terms().title()).isEqualTo("Raise the quarterly survey score");
        assertThat(changed.openRequest(Subject.GOAL)).isEmpty();
        ChangeRequest answered = changed.changeRequests().getFirst();
        assertThat(answered.answer()).isEqualTo(Answer.CHANGED);
        assertThat(answered.changedFields()).containsExactly("title");
        assertThat(changed.events()).last().isInstanceOf(GoalProposalChanged.class);
        assertThat(changed.agree(MENTOR, LATER.plusSeconds(120)).status()).isEqualTo(GoalStatus.ACTIVE);
    }

    @Test
    void onlyTheProposerChangesAProposedGoal() {
        Goal asked = proposedGoal().askChangesToGoal(MENTOR, COMMENT, LATER);

        assertThatThrownBy(() -> asked.changeProposal(GoalChanges.none().withTitle("Mine now"), MENTOR, LATER))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> asked.changeProposal(GoalChanges.none().withTitle("Mine now"), OUTSIDER, LATER))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aProposedGoalChangesOnlyWhenChangesWereAsked() {
        assertThatThrownBy(() -> proposedGoal().changeProposal(GoalChanges.none().withTitle("Quietly different"), MENTEE, LATER))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        Goal asked = proposedGoal().askChangesToGoal(MENTOR, COMMENT, LATER);

        assertThatThrownBy(() -> asked.changeProposal(GoalChanges.none().withTitle(asked.terms().title()), MENTEE, LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("changes"));
    }

    @Test
    void agreeingAnywayAnswersTheRequest() {
        Goal agreed = proposedGoal().askChangesToGoal(MENTOR, COMMENT, LATER).agree(MENTOR, LATER.plusSeconds(60));

        assertThat(agreed.changeRequests()).singleElement().satisfies(r -> assertThat(r.answer()).isEqualTo(Answer.AGREED));
    }

    @Test
    void retiringClosesEveryOpenRequest() {
        Goal retired = proposedGoal().askChangesToGoal(MENTOR, COMMENT, LATER).retire(MENTEE, "We chose another goal", LATER.plusSeconds(60));

        assertThat(retired.changeRequests()).singleElement().satisfies(r -> assertThat(r.answer()).isEqualTo(Answer.CLOSED));
    }

    @Test
    void aRevisionSentBackIsSetAsideAndProposingAgainAnswersIt() {
        Goal proposed = activeGoal().proposeRevision(GoalChanges.none().withDueOn(DUE.plusDays(30)), "Reviews started late",
                RevisionContext.none(), false, MENTEE, LATER);
        GoalRevisionId revision = proposed.pendingRevision().orElseThrow().id();

        Goal asked = proposed.askChangesToRevision(revision, MENTOR, "Thirty days is more than the delay; two weeks?", LATER.plusSeconds(60));

        assertThat(asked.pendingRevision()).isEmpty();
        assertThat(asked.revisions().getFirst().status()).isEqualTo(GoalRevision.Status.WITHDRAWN);
        assertThat(asked.terms().dueOn()).isEqualTo(DUE);
        ChangeRequest request = asked.openRequest(Subject.REVISION).orElseThrow();
        assertThat(request.revision()).isEqualTo(revision);
        assertThat(request.proposedBy()).isEqualTo(MENTEE);

        Goal again = asked.proposeRevision(GoalChanges.none().withDueOn(DUE.plusDays(14)), "Two weeks cover the delay",
                RevisionContext.none(), false, MENTEE, LATER.plusSeconds(120));
        assertThat(again.openRequest(Subject.REVISION)).isEmpty();
        assertThat(again.changeRequests().getFirst().answer()).isEqualTo(Answer.PROPOSED_AGAIN);
    }

    @Test
    void theProposerLetsASentBackRevisionGoAndTheRequestStopsWaitingButStaysInTheHistory() {
        Goal proposed = activeGoal().proposeRevision(GoalChanges.none().withDueOn(DUE.plusDays(30)), "Reviews started late",
                RevisionContext.none(), false, MENTEE, LATER);
        Goal asked = proposed.askChangesToRevision(proposed.pendingRevision().orElseThrow().id(), MENTOR, COMMENT, LATER.plusSeconds(60));
        ChangeRequest request = asked.openRequest(Subject.REVISION).orElseThrow();

        Goal letGo = asked.letGo(request.id(), MENTEE, LATER.plusSeconds(120));

        assertThat(letGo.openRequest(Subject.REVISION)).isEmpty();
        assertThat(letGo.changeRequests()).singleElement().satisfies(r -> {
            assertThat(r.answer()).isEqualTo(Answer.LET_GO);
            assertThat(r.answered().by()).isEqualTo(MENTEE);
            assertThat(r.comment()).isEqualTo(COMMENT);
        });
        assertThat(letGo.terms().dueOn()).as("nothing about the goal changed").isEqualTo(DUE);
        assertThatThrownBy(() -> letGo.letGo(request.id(), MENTEE, LATER.plusSeconds(180)))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("already answered");
    }

    @Test
    void onlyTheProposerLetsGoNotWhoAskedNorAnOutsiderAndAProposedGoalIsChangedOrRetiredInstead() {
        Goal achievementAsked = activeGoal().proposeAchievement(MENTOR, "Score reached 80", LATER)
                .askChangesToAchievement(MENTEE, COMMENT, LATER.plusSeconds(60));
        var request = achievementAsked.openRequest(Subject.ACHIEVEMENT).orElseThrow().id();

        assertThatThrownBy(() -> achievementAsked.letGo(request, MENTEE, LATER.plusSeconds(120)))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("You asked for these changes");
        assertThatThrownBy(() -> achievementAsked.letGo(request, OUTSIDER, LATER.plusSeconds(120))).isInstanceOf(NotAllowedException.class);
        assertThat(achievementAsked.letGo(request, MENTOR, LATER.plusSeconds(120)).openRequest(Subject.ACHIEVEMENT)).isEmpty();

        Goal goalAsked = proposedGoal().askChangesToGoal(MENTOR, COMMENT, LATER);
        assertThatThrownBy(() -> goalAsked.letGo(goalAsked.openRequest(Subject.GOAL).orElseThrow().id(), MENTEE, LATER.plusSeconds(60)))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("change it, or retire it");
        assertThatThrownBy(() -> goalAsked.letGo(java.util.UUID.randomUUID(), MENTEE, LATER.plusSeconds(60)))
                .isInstanceOf(org.tandem.shared.NotFoundException.class);
    }

    @Test
    void theProposerOfARevisionCannotAskChangesOfIt() {
        Goal proposed = activeGoal().proposeRevision(GoalChanges.none().withDueOn(DUE.plusDays(30)), "Reviews started late",
                RevisionContext.none(), false, MENTEE, LATER);
        GoalRevisionId revision = proposed.pendingRevision().orElseThrow().id();

        assertThatThrownBy(() -> proposed.askChangesToRevision(revision, MENTEE, COMMENT, LATER))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("You proposed revision #1");
        assertThatThrownBy(() -> proposed.askChangesToRevision(revision, OUTSIDER, COMMENT, LATER)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void anAchievementSentBackIsSetAsideAndTheGoalStaysActive() {
        Goal proposed = activeGoal().proposeAchievement(MENTOR, "Score reached 80", LATER);

        Goal asked = proposed.askChangesToAchievement(MENTEE, "The last survey had four answers; wait for the next one", LATER.plusSeconds(60));

        assertThat(asked.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(asked.achievement()).isEmpty();
        assertThat(asked.openRequest(Subject.ACHIEVEMENT)).get().satisfies(r -> assertThat(r.proposedBy()).isEqualTo(MENTOR));
        assertThat(asked.proposeAchievement(MENTOR, "Next survey: 82", LATER.plusSeconds(120)).openRequest(Subject.ACHIEVEMENT)).isEmpty();
    }

    @Test
    void theProposerOfAnAchievementCannotAskChangesOfIt() {
        Goal proposed = activeGoal().proposeAchievement(MENTOR, "Score reached 80", LATER);

        assertThatThrownBy(() -> proposed.askChangesToAchievement(MENTOR, COMMENT, LATER))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("You proposed that this goal is achieved");
        assertThatThrownBy(() -> activeGoal().askChangesToAchievement(MENTEE, COMMENT, LATER)).isInstanceOf(InvalidStateException.class);
    }
}
