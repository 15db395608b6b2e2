package org.tandem.people;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A person signed in by single sign-on or a passkey: the same {@link TandemUser} principal as after a password
 * sign-in, so every page and argument resolver works alike, plus the factor that proved who they are.
 */
final class SignedIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final TandemUser user;

    SignedIn(TandemUser user, String factor) {
        super(authorities(user, factor));
        this.user = user;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(TandemUser user, String factor) {
        List<GrantedAuthority> authorities = new ArrayList<>(TandemUser.authorities(user.actor()));
        authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}
