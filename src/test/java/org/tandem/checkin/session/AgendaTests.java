package org.tandem.checkin.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.OUTSIDER;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.scheduledCheckIn;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.program.SectionKind;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

class AgendaTests {

    private static Instant minutesIn(int minutes) {
        return SCHEDULED_AT.plusSeconds(minutes * 60L);
    }

    @Test
    void eachSectionGetsTheTimeUntilTheNextOneBegins() {
        CheckIn checkIn = inProgressCheckIn()                       // RECAP runs from the start
                .advanceSection(MENTOR, minutesIn(6))               // REVIEW
                .beginSection(SectionKind.GROWTH, MENTEE, minutesIn(20))
                .advanceSection(MENTOR, minutesIn(33));             // RISKS

        Agenda agenda = checkIn.agenda();
        assertThat(agenda.section(SectionKind.RECAP).usedSeconds()).isEqualTo(6 * 60);
        assertThat(agenda.section(SectionKind.REVIEW).usedSeconds()).isEqualTo(14 * 60);
        assertThat(agenda.section(SectionKind.INTERPRET).usedSeconds()).isZero();
        assertThat(agenda.section(SectionKind.GROWTH).usedSeconds()).isEqualTo(13 * 60);
        assertThat(agenda.currentSection()).map(AgendaSection::kind).contains(SectionKind.RISKS);
        assertThat(agenda.totalUsedSeconds(minutesIn(35))).isEqualTo(35 * 60);
    }

    @Test
    void aSectionThatRanLongerThanPlannedShowsAsOverrun() {
        CheckIn checkIn = inProgressCheckIn().advanceSection(MENTOR, minutesIn(8));

        AgendaSection recap = checkIn.agenda().section(SectionKind.RECAP);
        assertThat(recap.plannedMinutes()).isEqualTo(5);
        assertThat(recap.usedMinutes()).isEqualTo(8);
        assertThat(recap.overran()).isTrue();
    }

    @Test
    void advancingPastTheLastSectionStopsTheClock() {
        CheckIn checkIn = inProgressCheckIn().beginSection(SectionKind.PLAN, MENTOR, minutesIn(40));

        CheckIn after = checkIn.advanceSection(MENTOR, minutesIn(50));

        assertThat(after.agenda().currentSection()).isEmpty();
        assertThat(after.agenda().section(SectionKind.PLAN).usedSeconds()).isEqualTo(10 * 60);
    }

    @Test
    void recordingTimeUsedSetsItSoARetryDoesNotCountTwice() {
        CheckIn once = inProgressCheckIn().recordTimeUsed(SectionKind.REVIEW, 420, MENTOR, minutesIn(3));
        CheckIn twice = once.recordTimeUsed(SectionKind.REVIEW, 420, MENTOR, minutesIn(3));

        assertThat(twice.agenda().section(SectionKind.REVIEW).usedSeconds()).isEqualTo(420);
    }

    @Test
    void aForgottenTimerCanBeCorrectedAfterCompletion() {
        CheckIn corrected = completedCheckIn().recordTimeUsed(SectionKind.RECAP, 300, MENTEE, minutesIn(90));

        assertThat(corrected.agenda().section(SectionKind.RECAP).usedSeconds()).isEqualTo(300);
    }

    @Test
    void sectionsAreNotTimedBeforeTheCheckInStarts() {
        assertThatThrownBy(() -> scheduledCheckIn().beginSection(SectionKind.GROWTH, MENTOR, minutesIn(0)))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> scheduledCheckIn().recordTimeUsed(SectionKind.GROWTH, 60, MENTOR, minutesIn(0)))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aSectionNotOnTheAgendaOrANegativeTimeIsRefused() {
        assertThatThrownBy(() -> inProgressCheckIn().beginSection(SectionKind.FEEDBACK, MENTOR, minutesIn(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> inProgressCheckIn().recordTimeUsed(SectionKind.REVIEW, -5, MENTOR, minutesIn(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("seconds");
    }

    @Test
    void someoneOutsideThePairCannotRunTheAgenda() {
        assertThatThrownBy(() -> inProgressCheckIn().advanceSection(OUTSIDER, minutesIn(1)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aPlaybookSectionWithoutTitleOrTimeIsReportedByPosition() {
        var broken = List.of(AgendaSection.planned(SectionKind.RECAP, " ", 0, null));

        assertThatThrownBy(() -> Agenda.copyOf(broken))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("agenda[0].title", "agenda[0].minutes"));
    }
}
