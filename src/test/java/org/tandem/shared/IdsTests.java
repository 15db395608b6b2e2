package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTests {

    private static final long SOME_MILLIS = 1_798_761_600_000L; // 2027-01-01T00:00:00Z

    @Test
    void anIdIsAVersion7UuidWithTheRfcVariant() {
        UUID id = Ids.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString().charAt(14)).isEqualTo('7');
        assertThat(id.toString().charAt(19)).isIn('8', '9', 'a', 'b');
    }

    @Test
    void theFirst48BitsAreTheUnixMillisecondsOfCreation() {
        assertThat(Ids.next(SOME_MILLIS).getMostSignificantBits() >>> 16).isEqualTo(SOME_MILLIS);

        long before = System.currentTimeMillis();
        UUID now = Ids.next();
        long after = System.currentTimeMillis();
        assertThat(now.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void anIdMadeInALaterMillisecondSortsAfterInTheTextAndBytesDatabasesCompare() {
        for (int i = 0; i < 1_000; i++) {
            UUID earlier = Ids.next(SOME_MILLIS + i);
            UUID later = Ids.next(SOME_MILLIS + i + 1);

            // Databases order UUIDs as unsigned bytes, which is the order of their hex text.
            assertThat(earlier.toString()).isLessThan(later.toString());
            assertThat(earlier).isLessThan(later);
        }
    }

    @Test
    void idsMadeInTheSameMillisecondStillDifferAndKeepVersionAndVariant() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = Ids.next(SOME_MILLIS);
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            ids.add(id);
        }

        assertThat(ids).hasSize(10_000);
    }

    @Test
    void idsAreUniqueAcrossManyCalls() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(Ids.next());
        }

        assertThat(ids).hasSize(100_000);
    }

    @Test
    void idsMadeOneAfterAnotherSortInTheOrderTheyWereMadeEvenWithinAMillisecond() {
        UUID previous = Ids.next();
        for (int i = 0; i < 50_000; i++) {
            UUID next = Ids.next();
            assertThat(next.compareTo(previous)).as("id %d", i).isPositive();
            assertThat(next.version()).isEqualTo(7);
            assertThat(next.variant()).isEqualTo(2);
            previous = next;
        }
    }

    @Test
    void theRandomPartIsNotGuessableFromTheTime() {
        UUID a = Ids.next(SOME_MILLIS);
        UUID b = Ids.next(SOME_MILLIS);

        assertThat(a.getLeastSignificantBits()).isNotEqualTo(b.getLeastSignificantBits());
    }
}
