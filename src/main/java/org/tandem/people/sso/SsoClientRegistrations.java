package org.tandem.people.sso;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The one client registration, {@value SsoProperties#REGISTRATION_ID}, read from the provider's discovery document
 * on first use rather than at startup: Tandem starts (and passwords work) while the provider is unreachable, and
 * the first sign-in after it is back finds it. Read with a time limit ({@link SsoHttp}).
 */
final class SsoClientRegistrations implements ClientRegistrationRepository {

    private final SsoProperties properties;
    private final SsoHttp http;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    SsoClientRegistrations(SsoProperties properties, SsoHttp http) {
        this.properties = properties;
        this.http = http;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SsoProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration.get();
        if (known != null) {
            return known;
        }
        ClientRegistration discovered = ClientRegistrations.fromOidcConfiguration(http.discovery(properties.issuerUri()))
                .registrationId(SsoProperties.REGISTRATION_ID)
                .clientName(properties.displayName())
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "email", "profile")
                .build();
        registration.compareAndSet(null, discovered);
        return registration.get();
    }
}
