package org.tandem.people;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tandem.shared.CallerIdentity;

/** The signed-in principal. Serializable because sessions are stored in the database. */
final class TandemUser implements UserDetails, CredentialsContainer, CallerIdentity {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final boolean active;
    private String passwordHash;

    TandemUser(Actor actor, String passwordHash, boolean active) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.email();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public UUID organizationId() {
        return actor.organizationId().value();
    }

    @Override
    public UUID personId() {
        return actor.personId().value();
    }

    static List<GrantedAuthority> authorities(Actor actor) {
        return actor.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
