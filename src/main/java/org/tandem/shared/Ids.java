package org.tandem.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates UUID version 7 keys (RFC 9562): 48 bits of Unix milliseconds, then random bits. Time-ordered
 * so indexes stay append-friendly, and not guessable because 62 bits are always random. Within one millisecond
 * the 12 bits after the time count up from a random start (RFC 9562 §6.2, method 1), so the keys one instance makes
 * sort in the order they were made: "newest first" by id is the order things happened, even within a millisecond.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The last key's millisecond and counter, as one 60-bit number (millis << 12 | counter). */
    private static final AtomicLong LAST = new AtomicLong();

    private Ids() {
    }

    public static UUID next() {
        long fresh = (Clock.systemUTC().millis() & 0xFFFF_FFFF_FFFFL) << 12 | RANDOM.nextInt(1 << 11);
        // Past a full counter the time moves on by a millisecond: still unique and ordered, at most a hair ahead.
        long stamp = LAST.accumulateAndGet(fresh, (last, candidate) -> candidate > last ? candidate : last + 1);
        return build(stamp >>> 12, stamp & 0xFFF);
    }

    /** A key for a given time (history replayed at past instants), with a random counter. */
    static UUID next(long epochMillis) {
        return build(epochMillis & 0xFFFF_FFFF_FFFFL, RANDOM.nextInt(1 << 12));
    }

    private static UUID build(long epochMillis, long counter) {
        long msb = epochMillis << 16 | 0x7000L | counter;
        long lsb = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
