package org.tandem.milestone;

import java.util.Objects;
import java.util.UUID;

/** A milestone on the way to one goal. */
public record MilestoneId(UUID value) {

    public MilestoneId {
        Objects.requireNonNull(value, "MilestoneId needs a value");
    }

    public static MilestoneId of(String text) {
        return new MilestoneId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
