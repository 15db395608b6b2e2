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
                     String team, String title, String seniority, ZoneId timeZone, PersonStatus status,
                     Instant statusSince, Instant createdAt, long version) {

    public Person {
        roles = Set.copyOf(roles);
    }

    /** Not deactivated: invited people already take part (they can be paired), though they cannot sign in yet. */
    public boolean active() {
        return status != PersonStatus.DEACTIVATED;
    }

    public boolean invited() {
        return status == PersonStatus.INVITED;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    Person deactivate(Instant now) {
        if (!active()) {
            throw new InvalidStateException(displayName + " is already deactivated");
        }
        return withStatus(PersonStatus.DEACTIVATED, now);
    }

    /** Back to where they were before: active if they had chosen a password, else invited again. */
    Person reactivate(boolean hasPassword, Instant now) {
        if (active()) {
            throw new InvalidStateException(displayName + " is not deactivated");
        }
        return withStatus(hasPassword ? PersonStatus.ACTIVE : PersonStatus.INVITED, now);
    }

    /** An invited person who chose their password. */
    Person accept(Instant now) {
        if (status != PersonStatus.INVITED) {
            throw new InvalidStateException(displayName + " is not waiting for an invitation");
        }
        return withStatus(PersonStatus.ACTIVE, now);
    }

    Person update(PersonDraft draft) {
        return new Person(id, organizationId, draft.email(), draft.displayName(), draft.roles(), draft.team(), draft.title(),
                draft.seniority(), draft.zone(), status, statusSince, createdAt, version);
    }

    private Person withStatus(PersonStatus next, Instant now) {
        return new Person(id, organizationId, email, displayName, roles, team, title, seniority, timeZone, next, now, createdAt, version);
    }
}
