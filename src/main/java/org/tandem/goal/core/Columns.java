package org.tandem.goal.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

import org.tandem.people.PersonId;

/**
 * How the goal tables' columns become domain values and back. Points in time need nothing: jOOQ reads every
 * {@code timestamp with time zone} as an {@link Instant} (a forced type in the pom, decision 0099).
 */
final class Columns {

    private Columns() {
    }

    static Signature signature(UUID by, Instant at) {
        return by == null || at == null ? null : new Signature(new PersonId(by), at);
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
