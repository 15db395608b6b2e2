package org.tandem.checkin.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.checkin.session.CheckInFixtures.ADMIN;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.OUTSIDER;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tandem.checkin.session.CheckIn;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;

/** Feedback its giver can fix while the check-in is open, and no one else can. */
class FeedbackEntryTests {

    private static final Instant GIVEN = SCHEDULED_AT.plusSeconds(600);
    private static final Instant EDITED = SCHEDULED_AT.plusSeconds(900);
    private static final Instant AGAIN = SCHEDULED_AT.plusSeconds(1200);

    private final CheckIn running = inProgressCheckIn();
    private final FeedbackEntry given = FeedbackEntry.give(running, "You are lazy with reviews.", null, null, null, null, MENTOR, GIVEN);

    @Test
    void theGiverRewritesTheirFeedbackAndTheReplacedTextIsKeptWithWhenItWasWritten() {
        var revised = given.revise(running, "  In Tuesday's review the summary came late. Could you send it the day before?  ", null, null, null,
                null, MENTOR, EDITED);

        assertThat(revised.entry().text()).isEqualTo("In Tuesday's review the summary came late. Could you send it the day before?");
        assertThat(revised.entry().version()).isEqualTo(2);
        assertThat(revised.entry().editedAt()).isEqualTo(EDITED);
        assertThat(revised.entry().givenAt()).isEqualTo(GIVEN);
        assertThat(revised.earlier().text()).isEqualTo("You are lazy with reviews.");
        assertThat(revised.earlier().writtenAt()).isEqualTo(GIVEN);
        assertThat(revised.earlier().replacedAt()).isEqualTo(EDITED);

        var again = revised.entry().revise(running, "Thanks for sending it early.", null, null, null, null, MENTOR, AGAIN);
        assertThat(again.earlier().writtenAt()).as("the second text was written at the first edit").isEqualTo(EDITED);
        assertThat(again.entry().version()).isEqualTo(3);
    }

    @Test
    void anEditMayTurnFreeTextIntoTheFourPartsWhichAreJoinedAsWhenGiven() {
        var revised = given.revise(running, null, "In Tuesday's review", "you summarised the tickets", "we decided quickly", null, MENTOR, EDITED);

        assertThat(revised.entry().isStructured()).isTrue();
        assertThat(revised.entry().text()).contains("you summarised the tickets");
    }

    @Test
    void anEmptyEditIsRefusedNamingTheField() {
        assertThatThrownBy(() -> given.revise(running, " ", null, null, null, null, MENTOR, EDITED))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("text"));
    }

    @Test
    void theReceiverMayNeitherRewriteNorWithdrawIt() {
        assertThatThrownBy(() -> given.revise(running, "Better words", null, null, null, null, MENTEE, EDITED))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> given.requireWithdrawableBy(running, MENTEE)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void anyoneOutsideThePairIsToldThereIsNoSuchFeedback() {
        for (var outsider : new org.tandem.people.PersonId[] {OUTSIDER, ADMIN, null}) {
            assertThatThrownBy(() -> given.revise(running, "Better words", null, null, null, null, outsider, EDITED))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> given.requireWithdrawableBy(running, outsider)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void onceTheCheckInIsOverItsFeedbackStaysAsItWasGiven() {
        CheckIn over = completedCheckIn();

        assertThatThrownBy(() -> given.revise(over, "Better words", null, null, null, null, MENTOR, EDITED))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> given.requireWithdrawableBy(over, MENTOR)).isInstanceOf(InvalidStateException.class);
    }
}
