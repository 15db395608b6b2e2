package org.tandem.people;

import java.util.Set;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

/**
 * Who may touch an admin, decided here for every path that changes people (API, pages, CSV import):
 * only an admin grants or removes {@code ADMIN} or changes, deactivates, reactivates or erases an admin, and the last
 * active admin of an organization stays an active admin, so nobody locks the organization out of itself.
 */
final class AdminPolicy {

    static final String ONLY_ADMINS_GRANT = "Only an admin may grant or remove the admin role";
    static final String ONLY_ADMINS_CHANGE_ADMINS = "Only an admin may change, deactivate, reactivate or erase an admin";
    static final String LAST_ADMIN = "is the last active admin of the organization; make someone else an admin first";

    private AdminPolicy() {
    }

    /** Creating someone with these roles. */
    static void mayCreate(Actor actor, Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && !actor.isAdmin()) {
            throw new NotAllowedException(ONLY_ADMINS_GRANT);
        }
    }

    /** Changing {@code current} so that they hold {@code roles}; {@code activeAdmins} counts the organization's admins who can sign in ({@code ACTIVE}) now. */
    static void mayChange(Actor actor, Person current, Set<Role> roles, long activeAdmins) {
        boolean adminBefore = current.has(Role.ADMIN);
        boolean adminAfter = roles.contains(Role.ADMIN);
        if (adminBefore && !actor.isAdmin()) {
            throw new NotAllowedException(ONLY_ADMINS_CHANGE_ADMINS);
        }
        if (adminBefore != adminAfter && !actor.isAdmin()) {
            throw new NotAllowedException(ONLY_ADMINS_GRANT);
        }
        if (adminBefore && !adminAfter && signsIn(current) && activeAdmins <= 1) {
            throw new InvalidStateException(current.displayName() + " " + LAST_ADMIN);
        }
    }

    static void mayDeactivate(Actor actor, Person target, long activeAdmins) {
        if (target.has(Role.ADMIN) && !actor.isAdmin()) {
            throw new NotAllowedException(ONLY_ADMINS_CHANGE_ADMINS);
        }
        if (target.has(Role.ADMIN) && signsIn(target) && activeAdmins <= 1) {
            throw new InvalidStateException(target.displayName() + " " + LAST_ADMIN);
        }
    }

    /** Only an admin who can sign in keeps the organization run: an invited admin has not chosen a password yet. */
    static boolean signsIn(Person person) {
        return person.status() == PersonStatus.ACTIVE;
    }

    static void mayReactivate(Actor actor, Person target) {
        if (target.has(Role.ADMIN) && !actor.isAdmin()) {
            throw new NotAllowedException(ONLY_ADMINS_CHANGE_ADMINS);
        }
    }

    static void mayErase(Actor actor, Person target, long activeAdmins) {
        mayDeactivate(actor, target, activeAdmins);
    }
}
