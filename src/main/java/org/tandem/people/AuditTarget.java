package org.tandem.people;

import java.util.UUID;

/** What an audited action was done to: a kind of thing and its id (never its content). */
public record AuditTarget(String type, UUID id) {

    public static final AuditTarget NONE = new AuditTarget(null, null);

    public static AuditTarget person(PersonId person) {
        return new AuditTarget("PERSON", person.value());
    }

    public static AuditTarget of(String type, UUID id) {
        return new AuditTarget(type, id);
    }
}
