package org.tandem.checkin.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.checkin.session.CheckInFixtures.ADMIN;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.OUTSIDER;
import static org.tandem.checkin.session.CheckInFixtures.PROGRAM_LEAD;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.scheduledCheckIn;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

class RatingTests {

    private static final Instant AFTER = SCHEDULED_AT.plusSeconds(4 * 3600);

    @Test
    void theMenteeRatesACompletedCheckIn() {
        CheckIn rated = completedCheckIn().rate(MENTEE, 4, 5, 3, " Clearer goals would help ", AFTER);

        assertThat(rated.rating()).isEqualTo(new Rating(4, 5, 3, "Clearer goals would help", AFTER));
    }

    @Test
    void theMentorCannotRateTheCheckInTheyLed() {
        assertThatThrownBy(() -> completedCheckIn().rate(MENTOR, 5, 5, 5, null, AFTER))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only the mentee can rate a check-in");
    }

    @Test
    void nobodyOutsideThePairCanRateACheckIn() {
        for (PersonId stranger : List.of(PROGRAM_LEAD, ADMIN, OUTSIDER)) {
            assertThatThrownBy(() -> completedCheckIn().rate(stranger, 1, 1, 1, null, AFTER)).isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void onlyACompletedCheckInCanBeRated() {
        assertThatThrownBy(() -> scheduledCheckIn().rate(MENTEE, 3, 3, 3, null, AFTER)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> inProgressCheckIn().rate(MENTEE, 3, 3, 3, null, AFTER)).isInstanceOf(InvalidStateException.class);
        CheckIn missed = scheduledCheckIn().markMissed(SCHEDULED_AT.plus(CheckIn.MISSED_GRACE));
        assertThatThrownBy(() -> missed.rate(MENTEE, 3, 3, 3, null, AFTER.plus(CheckIn.MISSED_GRACE)))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aCheckInIsRatedOnce() {
        CheckIn rated = completedCheckIn().rate(MENTEE, 4, 4, 4, null, AFTER);

        assertThatThrownBy(() -> rated.rate(MENTEE, 1, 1, 1, "Changed my mind", AFTER.plusSeconds(60)))
                .isInstanceOf(InvalidStateException.class);
        assertThat(rated.rating().clarity()).isEqualTo(4);
    }

    @Test
    void eachScoreIsRequiredAndFromOneToFive() {
        assertThatThrownBy(() -> completedCheckIn().rate(MENTEE, 0, null, 6, null, AFTER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("clarity", "usefulness", "support"));
    }

    @Test
    void theMentorRatesTheMenteesAutonomyAfterACompletedCheckIn() {
        CheckIn rated = completedCheckIn().rateAutonomy(MENTOR, 3, AFTER);

        assertThat(rated.autonomyRating()).isEqualTo(new AutonomyRating(3, AFTER));
    }

    @Test
    void theMenteeCannotRateTheirOwnAutonomy() {
        assertThatThrownBy(() -> completedCheckIn().rateAutonomy(MENTEE, 5, AFTER))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only the mentor can rate the mentee's autonomy");
        assertThatThrownBy(() -> completedCheckIn().rateAutonomy(PROGRAM_LEAD, 5, AFTER)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void autonomyIsRatedOnceAfterCompletionOnTheSameScale() {
        assertThatThrownBy(() -> inProgressCheckIn().rateAutonomy(MENTOR, 3, AFTER)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> completedCheckIn().rateAutonomy(MENTOR, 3, AFTER).rateAutonomy(MENTOR, 4, AFTER))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> completedCheckIn().rateAutonomy(MENTOR, 9, AFTER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("rating"));
    }

    @Test
    void bothRatingsAreIndependent() {
        CheckIn both = completedCheckIn().rate(MENTEE, 5, 4, 5, null, AFTER).rateAutonomy(MENTOR, 2, AFTER);

        assertThat(both.rating()).isNotNull();
        assertThat(both.autonomyRating().rating()).isEqualTo(2);
    }
}
