package org.tandem.people;

import java.util.UUID;

/** An organization: the tenant every owned row carries and every query is scoped by. */
public record OrganizationId(UUID value) implements java.io.Serializable {

    public OrganizationId {
        java.util.Objects.requireNonNull(value, "OrganizationId needs a value");
    }

    public static OrganizationId of(String text) {
        return new OrganizationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
