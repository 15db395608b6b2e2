package org.tandem.people.passkey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.Principals;
import org.tandem.people.SignInExtension;
import org.tandem.shared.CallerIdentity;

/**
 * Passkeys in the pages' chain: Spring Security's WebAuthn endpoints ({@code /webauthn/register/options},
 * {@code /webauthn/register}, {@code /webauthn/authenticate/options}, {@code /login/webauthn}) without its generated
 * pages (ours are JTE pages with our own script), our sign-in provider, and a 400 instead of a 500 for a failed
 * ceremony.
 */
@Component
@ConditionalOnWebApplication
class PasskeySecurity implements SignInExtension {

    static final String SCRIPT = "/js/passkeys.js";
    static final String SIGN_IN_BUTTON = "passkey-sign-in";

    private final PasskeyCreationOptions creationOptions = new PasskeyCreationOptions();
    private final WebAuthnRelyingPartyOperations ceremonies;
    private final PasskeyUsers users;
    private final Principals principals;
    private final AuditLog audit;

    PasskeySecurity(WebAuthnRelyingPartyOperations ceremonies, PasskeyUsers users, Principals principals, AuditLog audit) {
        this.ceremonies = ceremonies;
        this.users = users;
        this.principals = principals;
        this.audit = audit;
    }

    @Override
    public void configure(HttpSecurity http) {
        AuthenticationSuccessHandler signedIn = new SignedIn();
        var provider = new ProviderManager(new PasskeySignIn(ceremonies, users, principals));
        http.webAuthn(w -> w
                        .rpName("Tandem")
                        .disableDefaultRegistrationPage(true)
                        .creationOptionsRepository(creationOptions)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationManager(provider);
                                filter.setAuthenticationSuccessHandler(signedIn);
                                // Spring's configurer leaves this filter without session fixation protection
                                filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                                return filter;
                            }
                        }))
                .addFilterBefore(new PasskeyErrors(), LogoutFilter.class);
    }

    @Override
    public Optional<LoginOption> loginOption() {
        return Optional.of(LoginOption.scripted("Sign in with a passkey", SIGN_IN_BUTTON, SCRIPT));
    }

    /** Records the sign-in, then answers Spring's JSON ({@code authenticated}, {@code redirectUrl}) that our script follows. */
    private final class SignedIn implements AuthenticationSuccessHandler {

        private final AuthenticationSuccessHandler json = new HttpMessageConverterAuthenticationSuccessHandler();

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, jakarta.servlet.ServletException {
            var caller = (CallerIdentity) authentication.getPrincipal();
            var person = new PersonId(caller.personId());
            audit.record(new OrganizationId(caller.organizationId()), person, AuditAction.SIGN_IN, AuditTarget.person(person),
                    Map.of("method", "passkey"));
            json.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
