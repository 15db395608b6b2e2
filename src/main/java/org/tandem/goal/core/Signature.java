package org.tandem.goal.core;

import java.time.Instant;
import java.util.Objects;

import org.tandem.people.PersonId;

/** Who took a step and when: the two facts every step of a goal's history keeps. */
public record Signature(PersonId by, Instant at) {

    public Signature {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
