package org.tandem.program;

import java.util.UUID;

/** A playbook: the versioned template check-ins are shaped by. */
public record PlaybookId(UUID value) {

    public PlaybookId {
        java.util.Objects.requireNonNull(value, "PlaybookId needs a value");
    }

    public static PlaybookId of(String text) {
        return new PlaybookId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
