package org.tandem.program;

import java.util.Set;
import org.tandem.people.Role;

/** Who a playbook variant is meant for; empty sets mean everyone. */
public record Audience(Set<Role> roles, Set<String> seniorities) {

    public static final Audience EVERYONE = new Audience(Set.of(), Set.of());

    public Audience {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        seniorities = seniorities == null ? Set.of() : Set.copyOf(seniorities);
    }
}
