package org.tandem.people;

import java.util.UUID;

/** A person of an organization. */
public record PersonId(UUID value) implements java.io.Serializable {

    public PersonId {
        java.util.Objects.requireNonNull(value, "PersonId needs a value");
    }

    public static PersonId of(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
