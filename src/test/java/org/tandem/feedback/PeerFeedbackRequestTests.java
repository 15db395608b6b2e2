package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;

class PeerFeedbackRequestTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = TODAY.atTime(10, 0).atZone(BERLIN).toInstant();

    static PeerFeedbackRequest request(String email, String about, LocalDate dueOn) {
        return PeerFeedbackRequest.open(new PeerFeedbackRequestId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()),
                new MentorshipId(UUID.randomUUID()), new PersonId(UUID.randomUUID()), new PeerFeedbackRequest.Draft(email, about, dueOn),
                List.of("mona@example.com", "manu@example.com"), "hash", TODAY, BERLIN, NOW);
    }

    static PeerFeedbackRequest openRequest() {
        return request("Kai@Example.com", "The incident review on 26 February", TODAY.plusDays(5));
    }

    @Test
    void aLinkStaysOpenUntilADayAfterTheDueDateEndsInTheInvitersZone() {
        var request = openRequest();
        Instant endOfDueDay = TODAY.plusDays(6).atStartOfDay(BERLIN).toInstant();

        assertThat(request.expiresAt()).isEqualTo(endOfDueDay.plus(Duration.ofDays(1)));
        assertThat(request.statusAt(NOW)).isEqualTo(PeerFeedbackStatus.OPEN);
        assertThat(request.statusAt(request.expiresAt().minusSeconds(1))).isEqualTo(PeerFeedbackStatus.OPEN);
        assertThat(request.statusAt(request.expiresAt())).isEqualTo(PeerFeedbackStatus.EXPIRED);
        assertThat(request.acceptsAnswerAt(request.expiresAt())).isFalse();
    }

    @Test
    void anExpiredRequestTakesNoAnswerAndCannotBeRevoked() {
        var request = openRequest();

        assertThatThrownBy(() -> request.answer(request.expiresAt().plusSeconds(1))).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> request.revoke(request.expiresAt().plusSeconds(1))).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aRequestIsAnsweredOnce() {
        var answered = openRequest().answer(NOW);

        assertThat(answered.statusAt(NOW)).isEqualTo(PeerFeedbackStatus.ANSWERED);
        assertThat(answered.statusAt(answered.expiresAt().plusSeconds(60))).isEqualTo(PeerFeedbackStatus.ANSWERED);
        assertThatThrownBy(() -> answered.answer(NOW)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> answered.revoke(NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aRevokedRequestTakesNoAnswer() {
        var revoked = openRequest().revoke(NOW);

        assertThat(revoked.statusAt(NOW)).isEqualTo(PeerFeedbackStatus.REVOKED);
        assertThat(revoked.revokedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> revoked.answer(NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aDueDateOfTodayIsFineAndOneInThePastIsNot() {
        assertThat(request("kai@example.com", "Friday's demo", TODAY).statusAt(NOW)).isEqualTo(PeerFeedbackStatus.OPEN);
        assertThatThrownBy(() -> request("kai@example.com", "Friday's demo", TODAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactly("dueOn"));
    }

    @Test
    void badInputNamesEveryFieldAtOnce() {
        assertThatThrownBy(() -> request("not an address", " ", null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("email", "about", "dueOn"));
        assertThatThrownBy(() -> request("kai@example.com", "x".repeat(501), TODAY.plusDays(91))).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("about", "dueOn"));
    }

    @Test
    void thePairCannotInviteItself() {
        assertThatThrownBy(() -> request("Manu@example.com", "Friday's demo", TODAY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("outside the pair");
    }

    @Test
    void theEmailIsKeptInLowerCase() {
        assertThat(openRequest().email()).isEqualTo("kai@example.com");
    }
}
