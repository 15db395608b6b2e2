package org.tandem.checkin.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.checkin.session.CheckInFixtures.ADMIN;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.MENTORSHIP;
import static org.tandem.checkin.session.CheckInFixtures.NOW;
import static org.tandem.checkin.session.CheckInFixtures.OUTSIDER;
import static org.tandem.checkin.session.CheckInFixtures.PAIR;
import static org.tandem.checkin.session.CheckInFixtures.PROGRAM_LEAD;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.playbookSections;
import static org.tandem.checkin.session.CheckInFixtures.scheduledCheckIn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.checkin.CheckInEvent.CheckInCancelled;
import org.tandem.checkin.CheckInEvent.CheckInCompleted;
import org.tandem.checkin.CheckInEvent.CheckInMissed;
import org.tandem.checkin.CheckInEvent.CheckInRescheduled;
import org.tandem.checkin.CheckInEvent.CheckInScheduled;
import org.tandem.checkin.CheckInEvent.CheckInStarted;
import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.record.GrowthAnswer;
import org.tandem.checkin.record.Observation;
import org.tandem.people.PersonId;
import org.tandem.program.SectionKind;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

class CheckInTests {

    private static final Instant LATER = SCHEDULED_AT.plus(Duration.ofMinutes(55));

    @Test
    void schedulingCopiesTheAgendaSoLaterPlaybookEditsDoNotRewriteIt() {
        List<AgendaSection> playbook = playbookSections();
        CheckIn checkIn = CheckIn.schedule(MENTORSHIP, PAIR, SCHEDULED_AT, 60, playbook, NOW);

        playbook.set(0, AgendaSection.planned(SectionKind.RECAP, "Renamed in the playbook", 20, List.of()));
        playbook.removeLast();

        assertThat(checkIn.agenda().sections()).hasSize(7);
        assertThat(checkIn.agenda().sections().getFirst().title()).isEqualTo("Last time's actions");
        assertThat(checkIn.agenda().totalPlannedMinutes()).isEqualTo(55);
    }

    @Test
    void aNewCheckInIsScheduledAndSaysSo() {
        CheckIn checkIn = scheduledCheckIn();

        assertThat(checkIn.status()).isEqualTo(CheckInStatus.SCHEDULED);
        assertThat(checkIn.version()).isZero();
        assertThat(checkIn.events()).singleElement().isInstanceOfSatisfying(CheckInScheduled.class,
                e -> assertThat(e.scheduledAt()).isEqualTo(SCHEDULED_AT));
    }

    @Test
    void schedulingInThePastOrForAnOddDurationIsRefusedWithFieldErrors() {
        assertThatThrownBy(() -> CheckIn.schedule(MENTORSHIP, PAIR, NOW.minusSeconds(120), 2, playbookSections(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("scheduledAt", "durationMinutes"));
    }

    @Test
    void schedulingForTheCurrentMinuteIsFine() {
        Instant aFewSecondsAgo = NOW.plusSeconds(30);
        CheckIn checkIn = CheckIn.schedule(MENTORSHIP, PAIR, NOW, 30, playbookSections(), aFewSecondsAgo);

        assertThat(checkIn.scheduledAt()).isEqualTo(NOW);
    }

    @Test
    void aCheckInNeedsAnAgendaWithEachSectionOnce() {
        assertThatThrownBy(() -> CheckIn.schedule(MENTORSHIP, PAIR, SCHEDULED_AT, 60, List.of(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("agenda"));
        var twice = List.of(AgendaSection.planned(SectionKind.RECAP, "Recap", 5, List.of()),
                AgendaSection.planned(SectionKind.RECAP, "Recap again", 5, List.of()));
        assertThatThrownBy(() -> CheckIn.schedule(MENTORSHIP, PAIR, SCHEDULED_AT, 60, twice, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("agenda[1].kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mentor", "mentee"})
    void eitherPartyCanStartAScheduledCheckIn(String who) {
        PersonId starter = who.equals("mentor") ? MENTOR : MENTEE;

        CheckIn started = scheduledCheckIn().start(starter, SCHEDULED_AT);

        assertThat(started.status()).isEqualTo(CheckInStatus.IN_PROGRESS);
        assertThat(started.startedAt()).isEqualTo(SCHEDULED_AT);
        assertThat(started.events()).last().isInstanceOf(CheckInStarted.class);
    }

    @Test
    void startingOpensTheFirstSectionOfTheAgenda() {
        CheckIn started = scheduledCheckIn().start(MENTOR, SCHEDULED_AT);

        assertThat(started.agenda().currentSection()).map(AgendaSection::kind).contains(SectionKind.RECAP);
    }

    @Test
    void peopleOutsideThePairCannotRunTheCheckIn() {
        for (PersonId stranger : List.of(OUTSIDER, PROGRAM_LEAD, ADMIN)) {
            assertThatThrownBy(() -> scheduledCheckIn().start(stranger, SCHEDULED_AT)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> inProgressCheckIn().complete(stranger, LATER)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> scheduledCheckIn().cancel(stranger, "Clash", NOW)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> scheduledCheckIn().reschedule(SCHEDULED_AT.plusSeconds(3600), stranger, NOW))
                    .isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void aCheckInStartsOnlyOnce() {
        assertThatThrownBy(() -> inProgressCheckIn().start(MENTOR, LATER))
                .isInstanceOf(InvalidStateException.class)
                .hasMessage("Only a scheduled check-in can start; this one is in progress");
    }

    @Test
    void onlyACheckInInProgressCanBeCompleted() {
        assertThatThrownBy(() -> scheduledCheckIn().complete(MENTOR, LATER))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("this one is scheduled");
        assertThatThrownBy(() -> completedCheckIn().complete(MENTOR, LATER))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("this one is completed");
    }

    @Test
    void completingRecordsWhenAndStopsTheRunningSectionsClock() {
        CheckIn completed = inProgressCheckIn().complete(MENTEE, SCHEDULED_AT.plusSeconds(240));

        assertThat(completed.status()).isEqualTo(CheckInStatus.COMPLETED);
        assertThat(completed.completedAt()).isEqualTo(SCHEDULED_AT.plusSeconds(240));
        assertThat(completed.agenda().currentSection()).isEmpty();
        assertThat(completed.agenda().section(SectionKind.RECAP).usedSeconds()).isEqualTo(240);
        assertThat(completed.events()).last().isInstanceOfSatisfying(CheckInCompleted.class,
                e -> assertThat(e.by()).isEqualTo(MENTEE));
    }

    @Test
    void aCheckInNobodyStartedIsMissedOnlyAfterTheGracePeriod() {
        CheckIn checkIn = scheduledCheckIn();
        Instant graceOver = SCHEDULED_AT.plus(CheckIn.MISSED_GRACE);

        assertThatThrownBy(() -> checkIn.markMissed(graceOver.minusSeconds(1))).isInstanceOf(InvalidStateException.class);
        CheckIn missed = checkIn.markMissed(graceOver);

        assertThat(missed.status()).isEqualTo(CheckInStatus.MISSED);
        assertThat(missed.events()).last().isInstanceOf(CheckInMissed.class);
    }

    @Test
    void aCheckInThatTookPlaceIsNeverMissed() {
        Instant muchLater = SCHEDULED_AT.plus(Duration.ofDays(10));

        assertThatThrownBy(() -> inProgressCheckIn().markMissed(muchLater)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> completedCheckIn().markMissed(muchLater)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aMissedCheckInCannotStartAnymore() {
        CheckIn missed = scheduledCheckIn().markMissed(SCHEDULED_AT.plus(CheckIn.MISSED_GRACE));

        assertThatThrownBy(() -> missed.start(MENTEE, SCHEDULED_AT.plus(Duration.ofDays(2))))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("this one is missed");
    }

    @Test
    void cancellingNeedsAReason() {
        assertThatThrownBy(() -> scheduledCheckIn().cancel(MENTOR, "  ", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
    }

    @Test
    void cancellingKeepsWhoCancelledAndWhy() {
        CheckIn cancelled = scheduledCheckIn().cancel(MENTEE, " Off sick ", NOW);

        assertThat(cancelled.status()).isEqualTo(CheckInStatus.CANCELLED);
        assertThat(cancelled.state().cancellation()).isEqualTo(new CheckInState.Cancellation(MENTEE, "Off sick", NOW));
        assertThat(cancelled.events()).last().isInstanceOfSatisfying(CheckInCancelled.class,
                e -> assertThat(e.reason()).isEqualTo("Off sick"));
    }

    @Test
    void aCheckInStartedByMistakeCanBeCancelledButACompletedOneCannot() {
        assertThat(inProgressCheckIn().cancel(MENTOR, "Started the wrong one", LATER).status()).isEqualTo(CheckInStatus.CANCELLED);
        assertThatThrownBy(() -> completedCheckIn().cancel(MENTOR, "Changed my mind", LATER))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void reschedulingMovesAScheduledCheckInAndSaysFromWhereToWhere() {
        Instant newAt = SCHEDULED_AT.plus(Duration.ofDays(2));

        CheckIn moved = scheduledCheckIn().reschedule(newAt, MENTOR, NOW);

        assertThat(moved.scheduledAt()).isEqualTo(newAt);
        assertThat(moved.events()).last().isInstanceOfSatisfying(CheckInRescheduled.class, e -> {
            assertThat(e.from()).isEqualTo(SCHEDULED_AT);
            assertThat(e.to()).isEqualTo(newAt);
        });
    }

    @Test
    void reschedulingIntoThePastIsRefused() {
        assertThatThrownBy(() -> scheduledCheckIn().reschedule(NOW.minus(Duration.ofHours(1)), MENTEE, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("scheduledAt"));
    }

    @Test
    void onlyAScheduledCheckInCanBeRescheduled() {
        assertThatThrownBy(() -> inProgressCheckIn().reschedule(SCHEDULED_AT.plus(Duration.ofDays(1)), MENTEE, LATER))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void reschedulingToTheSameTimeChangesNothing() {
        CheckIn checkIn = scheduledCheckIn();

        assertThat(checkIn.reschedule(SCHEDULED_AT, MENTOR, NOW)).isSameAs(checkIn);
    }

    @Test
    void aRefusedTransitionLeavesTheCheckInAsItWas() {
        CheckIn checkIn = scheduledCheckIn();
        CheckInState before = checkIn.state();

        assertThatThrownBy(() -> checkIn.cancel(MENTOR, "", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> checkIn.complete(MENTOR, NOW)).isInstanceOf(InvalidStateException.class);
        checkIn.start(MENTOR, SCHEDULED_AT);

        assertThat(checkIn.state()).isEqualTo(before);
        assertThat(checkIn.events()).hasSize(1);
    }

    @Test
    void aRestoredCheckInHasTheStoredStateAndNoEvents() {
        CheckIn completed = completedCheckIn();

        CheckIn restored = CheckIn.restore(completed.state());

        assertThat(restored.state()).isEqualTo(completed.state());
        assertThat(restored.events()).isEmpty();
    }

    @Test
    void nothingCanBeAddedToACheckInThatIsOver() {
        assertThatThrownBy(() -> Observation.log(completedCheckIn(), Observation.Kind.OUTCOME, "Shipped the import",
                NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(), MENTEE, LATER))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void peopleOutsideThePairCannotAddToACheckIn() {
        assertThatThrownBy(() -> GrowthAnswer.give(inProgressCheckIn(), null, "What drains you?", "Meetings", PROGRAM_LEAD, LATER))
                .isInstanceOf(NotAllowedException.class);
    }
}
