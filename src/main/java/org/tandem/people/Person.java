package org.tandem.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.tandem.shared.InvalidStateException;

/**
 * A person of an organization. People are deactivated, never deleted, so the history they took part in
 * keeps its names; erasure (a separate, deliberate act) replaces the personal data instead.
 */
public record Person(PersonId id, OrganizationId organizationId, String email, String displayName, Set<Role> roles,
                     String team, String title, String seniority, ZoneId timeZone, boolean active,
                     Instant createdAt, long version) {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    Person deactivate() {
        if (!active) {
            throw new InvalidStateException(displayName + " is already deactivated");
        }
        return new Person(id, organizationId, email, displayName, roles, team, title, seniority, timeZone, false, createdAt, version);
    }

    Person update(PersonDraft draft) {
        return new Person(id, organizationId, draft.email(), draft.displayName(), draft.roles(), draft.team(), draft.title(),
                draft.seniority(), draft.zone(), active, createdAt, version);
    }
}
