package org.tandem.mentorship;

import java.util.UUID;

/** A mentorship: one mentor and one mentee in a program. */
public record MentorshipId(UUID value) {

    public MentorshipId {
        java.util.Objects.requireNonNull(value, "MentorshipId needs a value");
    }

    public static MentorshipId of(String text) {
        return new MentorshipId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
