package org.tandem.people.sso;

import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.tandem.people.PersonId;

/** The provider's user once matched to a person; lives only until the sign-in turns it into Tandem's principal. */
final class SsoUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PersonId person;

    SsoUser(OidcUser user, PersonId person) {
        super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
        this.person = person;
    }

    PersonId person() {
        return person;
    }
}
