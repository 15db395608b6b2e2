package org.tandem.checkin.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckInAt;
import static org.tandem.checkin.session.CheckInFixtures.scheduledCheckInAt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.checkin.CheckInEvent;
import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.session.CheckIn;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;

/** The cadence's series of times and the rule for the next check-in, as the method's examples. */
class CadencePlanTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Monday 22 March 2027, 10:00 in Berlin (CET, UTC+1); Berlin moves to CEST on Sunday 28 March. */
    static final Instant MONDAY_BEFORE_DST = LocalDateTime.of(2027, 3, 22, 10, 0).atZone(BERLIN).toInstant();

    @Test
    void aWeeklyCheckInKeepsItsLocalTimeWhenTheClocksGoForward() {
        var plan = new CadencePlan(MONDAY_BEFORE_DST, 7, BERLIN);

        Instant next = plan.occurrence(1);

        assertThat(next.atZone(BERLIN).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 29, 10, 0));
        assertThat(Duration.between(MONDAY_BEFORE_DST, next)).isEqualTo(Duration.ofDays(7).minusHours(1));
        assertThat(MONDAY_BEFORE_DST).isEqualTo(Instant.parse("2027-03-22T09:00:00Z"));
        assertThat(next).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
    }

    @Test
    void aFortnightlyCheckInKeepsItsLocalTimeWhenTheClocksGoBack() {
        Instant october = LocalDateTime.of(2027, 10, 25, 16, 30).atZone(NEW_YORK).toInstant();
        var plan = new CadencePlan(october, 14, NEW_YORK);

        assertThat(plan.upcoming(october, 3)).allSatisfy(at ->
                assertThat(at.atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(16, 30)));
        assertThat(Duration.between(october, plan.occurrence(1))).isEqualTo(Duration.ofDays(14).plusHours(1));
    }

    @Test
    void aTimeTheClocksSkipMovesForwardByTheGap() {
        Instant saturday = LocalDateTime.of(2027, 3, 27, 2, 30).atZone(BERLIN).toInstant();

        Instant sunday = new CadencePlan(saturday, 1, BERLIN).occurrence(1);

        assertThat(sunday.atZone(BERLIN).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 28, 3, 30));
    }

    @Test
    void theSeriesStartsAtItsFirstDateEvenWhenAShorterIntervalWouldFitBefore() {
        Instant now = MONDAY_BEFORE_DST.minus(Duration.ofDays(10));
        var plan = new CadencePlan(MONDAY_BEFORE_DST, 2, BERLIN);

        assertThat(plan.firstAfter(now)).isEqualTo(MONDAY_BEFORE_DST);
        assertThat(plan.firstAfter(MONDAY_BEFORE_DST)).isEqualTo(plan.occurrence(1));
        assertThat(plan.firstAfter(MONDAY_BEFORE_DST.plus(Duration.ofDays(100)).plusSeconds(1)))
                .isEqualTo(LocalDateTime.of(2027, 7, 2, 10, 0).atZone(BERLIN).toInstant());
    }

    @Test
    void aPairWithAScheduledCheckInNeedsNoOtherOne() {
        var plan = new CadencePlan(MONDAY_BEFORE_DST, 7, BERLIN);
        var scheduled = scheduledCheckInAt(MONDAY_BEFORE_DST);

        assertThat(plan.nextFor(List.of(scheduled), MONDAY_BEFORE_DST.minus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void aNewPairMeetsFirstOnItsFirstDate() {
        var plan = new CadencePlan(MONDAY_BEFORE_DST, 7, BERLIN);

        assertThat(plan.nextFor(List.of(), MONDAY_BEFORE_DST.minus(Duration.ofDays(3)))).contains(MONDAY_BEFORE_DST);
    }

    @Test
    void afterACompletedCheckInTheNextOneIsTheFollowingTimeOfTheSeries() {
        var plan = new CadencePlan(MONDAY_BEFORE_DST, 7, BERLIN);
        var held = completedCheckInAt(MONDAY_BEFORE_DST);

        assertThat(plan.nextFor(List.of(held), MONDAY_BEFORE_DST.plus(Duration.ofHours(2)))).contains(plan.occurrence(1));
    }

    @Test
    void aCheckInMovedCloseToTheNextSlotIsNotFollowedByAnotherOneHoursLater() {
        var plan = new CadencePlan(MONDAY_BEFORE_DST, 7, BERLIN);
        // Moved from Monday to the Sunday before the next Monday, and held then.
        Instant sunday = plan.occurrence(1).minus(Duration.ofHours(20));
        var held = completedCheckInAt(sunday);

        assertThat(plan.nextFor(List.of(held), sunday.plus(Duration.ofHours(2)))).contains(plan.occurrence(2));
    }

    @Test
    void aCheckInNobodyStartedIsMissedOnlyAfterTheConfiguredGrace() {
        var checkIn = scheduledCheckInAt(MONDAY_BEFORE_DST);
        Duration grace = Duration.ofHours(2);

        assertThatThrownBy(() -> checkIn.markMissed(MONDAY_BEFORE_DST.plus(grace).minusSeconds(1), grace))
                .isInstanceOf(InvalidStateException.class);
        assertThat(checkIn.markMissed(MONDAY_BEFORE_DST.plus(grace), grace).status()).isEqualTo(CheckInStatus.MISSED);
    }

    @Test
    void followingTheCadenceMovesOnlyAScheduledCheckInAndSaysNobodyAsked() {
        var scheduled = scheduledCheckInAt(MONDAY_BEFORE_DST);
        Instant later = MONDAY_BEFORE_DST.plus(Duration.ofDays(3));

        CheckIn moved = scheduled.followCadence(later, scheduled.durationMinutes(), MONDAY_BEFORE_DST.minus(Duration.ofDays(1)));

        assertThat(moved.scheduledAt()).isEqualTo(later);
        assertThat(moved.events()).last().isInstanceOfSatisfying(CheckInEvent.CheckInRescheduled.class, e -> {
            assertThat(e.from()).isEqualTo(MONDAY_BEFORE_DST);
            assertThat(e.by()).isNull();
        });
        var started = scheduled.start(MENTEE, MONDAY_BEFORE_DST);
        assertThatThrownBy(() -> started.followCadence(later, 30, MONDAY_BEFORE_DST)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void followingACadenceThatOnlyChangedItsLengthResizesTheCheckInWithoutCallingItAReschedule() {
        var scheduled = scheduledCheckInAt(MONDAY_BEFORE_DST);
        Instant dayBefore = MONDAY_BEFORE_DST.minus(Duration.ofDays(1));

        CheckIn resized = scheduled.followCadence(MONDAY_BEFORE_DST, 30, dayBefore);

        assertThat(resized.durationMinutes()).isEqualTo(30);
        assertThat(resized.scheduledAt()).isEqualTo(MONDAY_BEFORE_DST);
        assertThat(resized.events()).noneMatch(CheckInEvent.CheckInRescheduled.class::isInstance);
        assertThat(scheduled.followCadence(MONDAY_BEFORE_DST, scheduled.durationMinutes(), dayBefore)).isSameAs(scheduled);
        assertThatThrownBy(() -> scheduled.followCadence(MONDAY_BEFORE_DST, 0, dayBefore))
                .isInstanceOf(InvalidInputException.class);
    }
}
