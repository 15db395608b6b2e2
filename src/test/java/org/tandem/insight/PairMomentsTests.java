package org.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.insight.InsightReadModel.CheckInFact;

/** When a pair last met, meets next, and since when its held check-ins go unrated. */
class PairMomentsTests {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    static final Duration WINDOW = Duration.ofDays(2);

    static CheckInFact checkIn(int daysFromNow, String status, Integer rating) {
        Instant at = NOW.plus(Duration.ofDays(daysFromNow));
        return new CheckInFact(UUID.randomUUID(), at, status, null, null, rating, rating, rating, null);
    }

    @Test
    void aPairWithoutCheckInsHasNoMoments() {
        assertThat(PairMoments.of(List.of(), WINDOW, NOW)).isEqualTo(new PairMoments(null, null, null));
    }

    @Test
    void theLastHeldIsTheLatestCompletedAndTheNextTheEarliestStillPlanned() {
        var moments = PairMoments.of(List.of(checkIn(-28, "COMPLETED", 4), checkIn(-14, "COMPLETED", 3), checkIn(-7, "MISSED", null),
                checkIn(-5, "SCHEDULED", null), checkIn(1, "SCHEDULED", null), checkIn(15, "SCHEDULED", null)), WINDOW, NOW);

        assertThat(moments.lastHeldAt()).isEqualTo(NOW.minus(Duration.ofDays(14)));
        assertThat(moments.nextAt()).as("one past its window is not next").isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(moments.unratedSince()).isNull();
    }

    @Test
    void unratedSinceIsTheFirstHeldCheckInAfterTheLatestRatedOne() {
        var moments = PairMoments.of(List.of(checkIn(-56, "COMPLETED", null), checkIn(-42, "COMPLETED", 5), checkIn(-28, "COMPLETED", null),
                checkIn(-21, "MISSED", null), checkIn(-14, "COMPLETED", null)), WINDOW, NOW);

        assertThat(moments.unratedSince()).isEqualTo(NOW.minus(Duration.ofDays(28)));
    }
}
