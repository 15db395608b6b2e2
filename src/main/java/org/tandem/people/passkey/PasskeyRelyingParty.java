package org.tandem.people.passkey;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.CallerIdentity;

/**
 * Spring Security's WebAuthn ceremonies (webauthn4j underneath), plus our rules: only a signed-in person of Tandem
 * registers a passkey, it needs a label of at most 100 characters, and a registration is written to the audit log.
 */
final class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    static final int MAX_LABEL = 100;

    private final WebAuthnRelyingPartyOperations ceremonies;
    private final AuditLog audit;

    PasskeyRelyingParty(WebAuthnRelyingPartyOperations ceremonies, AuditLog audit) {
        this.ceremonies = ceremonies;
        this.audit = audit;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(PublicKeyCredentialCreationOptionsRequest request) {
        caller(request.getAuthentication());
        return ceremonies.createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        CallerIdentity caller = caller(SecurityContextHolder.getContext().getAuthentication());
        String label = request.getPublicKey().getLabel() == null ? "" : request.getPublicKey().getLabel().trim();
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            throw new PasskeyRefused("Give the passkey a name of 1 to " + MAX_LABEL + " characters, such as the device it lives on.");
        }
        CredentialRecord registered = ceremonies.registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                request.getCreationOptions(), new RelyingPartyPublicKey(request.getPublicKey().getCredential(), label)));
        audit.record(new OrganizationId(caller.organizationId()), new PersonId(caller.personId()), AuditAction.PASSKEY_REGISTERED,
                AuditTarget.person(new PersonId(caller.personId())), Map.of("label", label));
        return registered;
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return ceremonies.createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return ceremonies.authenticate(request);
    }

    private static CallerIdentity caller(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CallerIdentity caller)) {
            throw new PasskeyRefused("Sign in first to add a passkey to your account.");
        }
        return caller;
    }

    /** A ceremony turned down for a reason the person can act on; answered as a 400 with that reason. */
    static final class PasskeyRefused extends IllegalArgumentException {

        PasskeyRefused(String message) {
            super(message);
        }
    }
}
