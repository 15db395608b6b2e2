package org.tandem.checkin.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.OUTSIDER;
import static org.tandem.checkin.session.CheckInFixtures.PROGRAM_LEAD;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.TODAY;
import static org.tandem.checkin.session.CheckInFixtures.action;
import static org.tandem.checkin.session.CheckInFixtures.actionForGoal;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.scheduledCheckIn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInFixtures;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

class ActionItemTests {

    private static final Instant DURING = SCHEDULED_AT.plusSeconds(45 * 60);
    private static final Instant A_WEEK_LATER = SCHEDULED_AT.plusSeconds(7 * 24 * 3600);

    private static ActionItem openItem() {
        return ActionItem.plan(inProgressCheckIn(), action("Write the onboarding guide for new joiners"), MENTEE, DURING);
    }

    private static List<String> fieldsOf(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void anActionIsConcreteTaskOwnerDueDateResourcesAndOptionallyAGoal() {
        UUID goal = UUID.randomUUID();

        ActionItem item = ActionItem.plan(inProgressCheckIn(), actionForGoal("  Pair with Sam on the billing tests ", goal), MENTOR, DURING);

        assertThat(item.task()).isEqualTo("Pair with Sam on the billing tests");
        assertThat(item.owner()).isEqualTo(MENTEE);
        assertThat(item.dueOn()).isEqualTo(TODAY.plusDays(14));
        assertThat(item.resources()).containsExactly(new Resource(Resource.Kind.COACHING_HOURS, "two pairing sessions"));
        assertThat(item.goalId()).isEqualTo(goal);
        assertThat(item.status()).isEqualTo(ActionItem.Status.OPEN);
        assertThat(item.createdIn()).isNotNull();
    }

    @Test
    void anActionWithoutTaskOwnerOrDueDateIsRefusedWithAllThreeFieldErrors() {
        var draft = new ActionItemDraft(" ", null, null, List.of(), null);

        assertThatThrownBy(() -> ActionItem.plan(inProgressCheckIn(), draft, MENTEE, DURING))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fieldsOf(e)).containsExactly("task", "ownerId", "dueOn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Work harder on it", "do better stuff", "Try to improve things", "Focus more", "Tests"})
    void aVagueTaskIsRefused(String vague) {
        assertThatThrownBy(() -> ActionItem.plan(inProgressCheckIn(), action(vague), MENTEE, DURING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fieldsOf(e)).containsExactly("task"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Draft the rollout plan", "Improve test coverage of billing to 80%", "Ask Priya for feedback on the RFC"})
    void aConcreteTaskIsAccepted(String concrete) {
        assertThat(ConcreteTask.problemWith(concrete)).isEmpty();
    }

    @Test
    void theOwnerIsTheMentorOrTheMentee() {
        var ownedByStranger = new ActionItemDraft("Book the architecture review slot", OUTSIDER, TODAY.plusDays(3), List.of(), null);

        assertThatThrownBy(() -> ActionItem.plan(inProgressCheckIn(), ownedByStranger, MENTOR, DURING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fieldsOf(e)).containsExactly("ownerId"));
    }

    @Test
    void aDueDateIsRefusedOnlyWhenItIsPastInEveryTimeZone() {
        Instant now = Instant.parse("2027-03-02T02:00:00Z");   // still March 1st west of UTC-2
        var yesterdayInUtc = new ActionItemDraft("Send the summary to the team", MENTEE, LocalDate.of(2027, 3, 1), List.of(), null);
        var clearlyPast = new ActionItemDraft("Send the summary to the team", MENTEE, LocalDate.of(2027, 2, 27), List.of(), null);
        CheckIn running = CheckInFixtures.inProgressCheckInAt(now);

        assertThat(ActionItem.plan(running, yesterdayInUtc, MENTEE, now).dueOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> ActionItem.plan(running, clearlyPast, MENTEE, now))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fieldsOf(e)).containsExactly("dueOn"));
    }

    @Test
    void anOtherResourceMustSayWhatIsNeeded() {
        var draft = new ActionItemDraft("Attend the negotiation workshop", MENTEE, TODAY.plusDays(30),
                List.of(new Resource(Resource.Kind.TRAINING, null), new Resource(Resource.Kind.OTHER, " ")), null);

        assertThatThrownBy(() -> ActionItem.plan(inProgressCheckIn(), draft, MENTEE, DURING))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fieldsOf(e)).containsExactly("resources[1].description"));
    }

    @Test
    void actionsCanBePreparedBeforeTheCheckInButNotAddedAfterIt() {
        assertThat(ActionItem.plan(scheduledCheckIn(), action("Collect the latency numbers for review"), MENTEE, DURING)).isNotNull();
        assertThatThrownBy(() -> ActionItem.plan(completedCheckIn(), action("Collect the latency numbers for review"), MENTEE, A_WEEK_LATER))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void markingDoneRecordsWhoWhenAndInWhichCheckIn() {
        CheckInId next = CheckInFixtures.scheduledCheckInAt(A_WEEK_LATER).id();

        ActionItem done = openItem().done(MENTOR, next, A_WEEK_LATER);

        assertThat(done.status()).isEqualTo(ActionItem.Status.DONE);
        assertThat(done.closure()).isEqualTo(new Closure(MENTOR, A_WEEK_LATER, next, null));
    }

    @Test
    void markingDoneBetweenCheckInsNamesNoCheckIn() {
        assertThat(openItem().done(MENTEE, A_WEEK_LATER).closure().in()).isNull();
    }

    @Test
    void droppingNeedsAReason() {
        assertThatThrownBy(() -> openItem().drop(MENTEE, "", A_WEEK_LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fieldsOf(e)).containsExactly("reason"));
        assertThatThrownBy(() -> openItem().drop(MENTEE, null, A_WEEK_LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fieldsOf(e)).containsExactly("reason"));
    }

    @Test
    void droppingKeepsTheReason() {
        ActionItem dropped = openItem().drop(MENTEE, "The guide moved to the platform team", A_WEEK_LATER);

        assertThat(dropped.status()).isEqualTo(ActionItem.Status.DROPPED);
        assertThat(dropped.closure().reason()).isEqualTo("The guide moved to the platform team");
    }

    @Test
    void replanningMovesTheDueDateAndRemembersTheOldOne() {
        ActionItem item = openItem();
        LocalDate later = item.dueOn().plusDays(10);

        ActionItem replanned = item.replan(later, MENTEE, A_WEEK_LATER);

        assertThat(replanned.dueOn()).isEqualTo(later);
        assertThat(replanned.isOpen()).isTrue();
        assertThat(replanned.lastReplan()).isEqualTo(new ActionItem.Replan(item.dueOn(), later, MENTEE, A_WEEK_LATER));
    }

    @Test
    void replanningNeedsANewDateThatIsNotPast() {
        ActionItem item = openItem();

        assertThatThrownBy(() -> item.replan(item.dueOn(), MENTEE, A_WEEK_LATER)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> item.replan(null, MENTEE, A_WEEK_LATER)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> item.replan(TODAY.minusDays(5), MENTEE, A_WEEK_LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fieldsOf(e)).containsExactly("dueOn"));
    }

    @Test
    void aClosedItemIsNotClosedOrReplannedAgain() {
        ActionItem done = openItem().done(MENTEE, A_WEEK_LATER);

        assertThatThrownBy(() -> done.done(MENTEE, A_WEEK_LATER)).isInstanceOf(InvalidStateException.class)
                .hasMessage("Only an open action item can be marked done; this one is done");
        assertThatThrownBy(() -> done.drop(MENTEE, "No longer needed", A_WEEK_LATER)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> done.replan(TODAY.plusDays(40), MENTEE, A_WEEK_LATER)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anItemClosedByMistakeCanBeReopened() {
        ActionItem reopened = openItem().done(MENTEE, A_WEEK_LATER).reopen(MENTOR);

        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.closure()).isNull();
        assertThatThrownBy(() -> reopened.reopen(MENTOR)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void peopleOutsideThePairCannotChangeAnAction() {
        ActionItem item = openItem();
        for (PersonId stranger : List.of(OUTSIDER, PROGRAM_LEAD)) {
            assertThatThrownBy(() -> item.done(stranger, A_WEEK_LATER)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> item.drop(stranger, "Not needed", A_WEEK_LATER)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> item.replan(TODAY.plusDays(40), stranger, A_WEEK_LATER)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> ActionItem.plan(inProgressCheckIn(), action("Review the on-call handbook"), stranger, DURING))
                    .isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void anItemIsOverdueWhileOpenAndPastItsDueDate() {
        ActionItem item = openItem();
        LocalDate dayAfterDue = item.dueOn().plusDays(1);

        assertThat(item.isOverdueOn(item.dueOn())).isFalse();
        assertThat(item.isOverdueOn(dayAfterDue)).isTrue();
        assertThat(item.done(MENTEE, dayAfterDue.atStartOfDay().toInstant(ZoneOffset.UTC)).isOverdueOn(dayAfterDue)).isFalse();
    }
}
