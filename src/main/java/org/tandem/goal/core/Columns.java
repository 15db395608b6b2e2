package org.tandem.goal.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

import org.tandem.people.PersonId;

/**
 * How the goal tables' columns become domain values and back. The generated jOOQ records type
 * {@code timestamp with time zone} as {@link OffsetDateTime}, so instants are converted here; a jOOQ forced type to
 * {@link Instant} for those columns would make {@link #utc} unnecessary, but would change every feature's
 * repository at once (see docs/decisions/0083-goal-sub-packages.md).
 */
final class Columns {

    private Columns() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Signature signature(UUID by, OffsetDateTime at) {
        return by == null || at == null ? null : new Signature(new PersonId(by), at.toInstant());
    }

    static <E> E parse(String value, Function<String, E> parser) {
        return value == null ? null : parser.apply(value);
    }

    /** numeric(19,4) comes back as 40.0000; the domain and the API want 40. */
    static BigDecimal plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    static BigDecimal plainOrNull(BigDecimal value) {
        return value == null ? null : plain(value);
    }
}
