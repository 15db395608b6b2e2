package org.tandem.people;

import java.time.ZoneId;
import java.util.Set;

/**
 * The person on whose behalf a request runs. Services take it to scope every query to the actor's
 * organization and to decide what the actor may see; controllers receive it as a parameter. Serializable
 * because it rides in the session, which is stored in the database.
 */
public record Actor(PersonId personId, OrganizationId organizationId, String email, String displayName,
                    Set<Role> roles, ZoneId timeZone) implements java.io.Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN);
    }

    /** Admins and program leads manage people and programs of their organization. */
    public boolean managesPeople() {
        return is(Role.ADMIN) || is(Role.PROGRAM_LEAD);
    }

    public boolean isSelf(PersonId person) {
        return personId.equals(person);
    }
}
