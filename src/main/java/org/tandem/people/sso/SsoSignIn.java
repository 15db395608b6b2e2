package org.tandem.people.sso;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
 * Single sign-on in the pages' chain: Spring Security's OAuth2 login, with our matching of the provider's user to
 * a person, and the principal then swapped for the same one a password sign-in gives. Tandem keeps none of the
 * provider's tokens: it asks the provider who someone is once, at sign-in, and nothing else.
 */
@Component
@ConditionalOnSso
class SsoSignIn implements SignInExtension {

    private final SsoProperties properties;
    private final ClientRegistrationRepository registrations;
    private final SsoAccounts accounts;
    private final Principals principals;
    private final AuditLog audit;
    private final SsoHttp http;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SsoSignIn(SsoProperties properties, ClientRegistrationRepository registrations, SsoAccounts accounts, Principals principals,
            AuditLog audit, SsoHttp http) {
        this.http = http;
        this.properties = properties;
        this.registrations = registrations;
        this.accounts = accounts;
        this.principals = principals;
        this.audit = audit;
    }

    @Override
    public void configure(HttpSecurity http) {
        http.authorizeHttpRequests(a -> a.requestMatchers(SsoController.START, SsoController.REFUSED).permitAll())
                .oauth2Login(o -> o
                        .loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new NoAuthorizedClients())
                        .tokenEndpoint(t -> t.accessTokenResponseClient(this.http.tokens()))
                        .userInfoEndpoint(u -> u.oidcUserService(new SsoUserService(accounts, this.http.users())))
                        .successHandler(new Success())
                        .failureHandler(new Refused()));
    }

    @Override
    public Optional<LoginOption> loginOption() {
        return Optional.of(LoginOption.link("Sign in with " + properties.displayName(), SsoController.START));
    }

    /** Replaces the provider's user by Tandem's principal, records the sign-in, and goes where the person was headed. */
    private final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        Success() {
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, ServletException {
            PersonId person = ((SsoUser) authentication.getPrincipal()).person();
            Authentication signedIn = principals.signedIn(person, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                    .orElseThrow(() -> new InternalAuthenticationServiceException("The person matched a moment ago is gone"));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            var caller = (CallerIdentity) signedIn.getPrincipal();
            audit.record(new OrganizationId(caller.organizationId()), person, AuditAction.SIGN_IN, AuditTarget.person(person),
                    Map.of("method", "sso"));
            super.onAuthenticationSuccess(request, response, signedIn);
        }
    }

    /** Every refusal lands on one page that says why, in words, and what to do. */
    private static final class Refused implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            String code = exception instanceof OAuth2AuthenticationException oauth
                    ? SsoRefusal.ofCode(oauth.getError().getErrorCode()).orElse(SsoRefusal.PROVIDER).code()
                    : SsoRefusal.PROVIDER.code();
            response.sendRedirect(request.getContextPath() + SsoController.REFUSED + "?reason=" + code);
        }
    }

    /** The provider's access token is not needed after sign-in, so it is not kept anywhere. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        @SuppressWarnings("unchecked")
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            // deliberately nothing
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            // deliberately nothing
        }
    }
}
