package org.tandem.program;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.people.Role;

/**
 * Who a playbook variant is meant for; empty sets mean everyone. Seniorities are compared as people type them,
 * ignoring case and surrounding spaces ("Senior" fits "SENIOR").
 */
public record Audience(Set<Role> roles, Set<String> seniorities) {

    public static final Audience EVERYONE = new Audience(Set.of(), Set.of());

    public Audience {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        seniorities = seniorities == null ? Set.of() : seniorities.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean everyone() {
        return roles.isEmpty() && seniorities.isEmpty();
    }

    /** A person fits when they hold one of the roles (if any are named) and have one of the seniorities (if any are named). */
    public boolean fits(Set<Role> personRoles, String seniority) {
        boolean roleFits = roles.isEmpty() || personRoles.stream().anyMatch(roles::contains);
        boolean seniorityFits = seniorities.isEmpty()
                || seniority != null && seniorities.contains(seniority.trim().toUpperCase(Locale.ROOT));
        return roleFits && seniorityFits;
    }

    /** How many of the two criteria this audience names: a variant naming both says more about a person than one naming one. */
    int specificity() {
        return (roles.isEmpty() ? 0 : 1) + (seniorities.isEmpty() ? 0 : 1);
    }
}
