package org.tandem.people.passkey;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.tandem.people.Principals;

/**
 * Signs in with a passkey. Spring Security's own provider would leave the WebAuthn user entity as the principal
 * (and look the person up as a password account); this one verifies the same way, then signs in the person the
 * passkey belongs to with the principal every other way of signing in gives.
 */
final class PasskeySignIn implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations ceremonies;
    private final PasskeyUsers users;
    private final Principals principals;

    PasskeySignIn(WebAuthnRelyingPartyOperations ceremonies, PasskeyUsers users, Principals principals) {
        this.ceremonies = ceremonies;
        this.users = users;
        this.principals = principals;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var request = ((WebAuthnAuthenticationRequestToken) authentication).getWebAuthnRequest();
        PublicKeyCredentialUserEntity owner;
        try {
            owner = ceremonies.authenticate(request);
        } catch (RuntimeException e) {
            throw new BadCredentialsException("The passkey could not be verified", e);
        }
        var person = users.personOf(owner.getId()).orElseThrow(() -> new BadCredentialsException("The passkey belongs to nobody"));
        return principals.signedIn(person, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
                .orElseThrow(() -> new DisabledException("The account of this passkey is deactivated"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
