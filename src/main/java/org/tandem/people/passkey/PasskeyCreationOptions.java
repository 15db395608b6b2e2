package org.tandem.people.passkey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps the options of a passkey registration between its two requests, in the session. Spring Security's own
 * repository stores the options object, which is not serializable (spring-security#16431), and our sessions live in
 * the database; so this one stores a serializable snapshot of what the verification reads and rebuilds the options
 * from Spring's own constants (whose identity Spring compares).
 */
final class PasskeyCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

    static final String ATTRIBUTE = PasskeyCreationOptions.class.getName() + ".OPTIONS";

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        request.getSession().setAttribute(ATTRIBUTE, Snapshot.of(options));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Snapshot snapshot ? snapshot.options() : null;
    }

    record Snapshot(String rpId, String rpName, byte[] challenge, byte[] userId, String userName, String userDisplayName,
                    String userVerification, String residentKey, List<Long> algorithms, long timeoutMillis) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private static final List<PublicKeyCredentialParameters> KNOWN = List.of(PublicKeyCredentialParameters.EdDSA,
                PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384, PublicKeyCredentialParameters.ES512,
                PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512,
                PublicKeyCredentialParameters.RS1);

        static Snapshot of(PublicKeyCredentialCreationOptions options) {
            var selection = options.getAuthenticatorSelection();
            return new Snapshot(options.getRp().getId(), options.getRp().getName(), options.getChallenge().getBytes(),
                    options.getUser().getId().getBytes(), options.getUser().getName(), options.getUser().getDisplayName(),
                    selection == null || selection.getUserVerification() == null ? null : selection.getUserVerification().getValue(),
                    selection == null || selection.getResidentKey() == null ? null : selection.getResidentKey().getValue(),
                    options.getPubKeyCredParams().stream().map(p -> p.getAlg().getValue()).toList(),
                    options.getTimeout() == null ? Duration.ofMinutes(5).toMillis() : options.getTimeout().toMillis());
        }

        PublicKeyCredentialCreationOptions options() {
            var selection = AuthenticatorSelectionCriteria.builder();
            if (userVerification != null) {
                selection.userVerification(Arrays.stream(new UserVerificationRequirement[] {UserVerificationRequirement.REQUIRED,
                        UserVerificationRequirement.PREFERRED, UserVerificationRequirement.DISCOURAGED})
                        .filter(u -> u.getValue().equals(userVerification)).findFirst().orElse(UserVerificationRequirement.PREFERRED));
            }
            if (residentKey != null) {
                selection.residentKey(ResidentKeyRequirement.valueOf(residentKey));
            }
            return PublicKeyCredentialCreationOptions.builder()
                    .rp(PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build())
                    .user(ImmutablePublicKeyCredentialUserEntity.builder().id(new Bytes(userId)).name(userName).displayName(userDisplayName).build())
                    .challenge(new Bytes(challenge))
                    .pubKeyCredParams(KNOWN.stream().filter(p -> algorithms.contains(p.getAlg().getValue())).toList())
                    .authenticatorSelection(selection.build())
                    .attestation(AttestationConveyancePreference.NONE)
                    .extensions(new ImmutableAuthenticationExtensionsClientInputs(ImmutableAuthenticationExtensionsClientInput.credProps))
                    .timeout(Duration.ofMillis(timeoutMillis))
                    .build();
        }
    }
}
