package org.tandem.goal;

import java.time.Instant;
import java.util.Objects;

import org.tandem.people.PersonId;

/** Who took a step and when: the two facts every step of a goal's history keeps. */
record Signature(PersonId by, Instant at) {

    Signature {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
