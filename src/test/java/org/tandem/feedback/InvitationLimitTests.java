package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationLimitTests {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void tenInvitationsWithinADayLeaveNoRoomAndTheOldestOfThemSaysWhenASlotFrees() {
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.add(NOW.minus(Duration.ofHours(20)).plus(Duration.ofMinutes(i)));
        }

        assertThat(InvitationLimit.waitBeforeNext(sent.subList(0, 9), NOW)).isEmpty();
        assertThat(InvitationLimit.waitBeforeNext(sent, NOW)).contains(Duration.ofHours(4));
    }

    @Test
    void withMoreThanTenInTheWindowTheWaitIsUntilTheCountDropsBelowTen() {
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sent.add(NOW.minus(Duration.ofHours(23)).plus(Duration.ofMinutes(i)));
        }

        // Three must leave before a slot frees: the third oldest leaves one hour and two minutes from now.
        assertThat(InvitationLimit.waitBeforeNext(sent, NOW)).contains(Duration.ofMinutes(62));
    }

    @Test
    void theRefusalGivesWholeSecondsRoundedUpAndSaysWhenInWords() {
        var refused = new InvitationLimit.Exceeded(Duration.ofMillis(90_500));

        assertThat(refused.retryAfterSeconds()).isEqualTo(91);
        assertThat(refused.getMessage()).contains("in 2 minutes");
        assertThat(new InvitationLimit.Exceeded(Duration.ofHours(3).plusMinutes(5)).getMessage()).contains("in about 4 hours");
    }
}
