package org.tandem.program;

import java.util.UUID;

/** A program: people mentored under one playbook and cadence, watched over by its leads. */
public record ProgramId(UUID value) {

    public ProgramId {
        java.util.Objects.requireNonNull(value, "ProgramId needs a value");
    }

    public static ProgramId of(String text) {
        return new ProgramId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
