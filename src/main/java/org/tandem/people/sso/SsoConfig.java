package org.tandem.people.sso;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;

/** Single sign-on with an OpenID Connect provider, when configured (docs/accounts-sso-passkeys.md). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSso
@EnableConfigurationProperties(SsoProperties.class)
class SsoConfig {

    @Bean
    SsoHttp ssoHttp(SsoProperties properties) {
        return new SsoHttp(properties.httpTimeout());
    }

    @Bean
    ClientRegistrationRepository ssoClientRegistrations(SsoProperties properties, SsoHttp http) {
        return new SsoClientRegistrations(properties, http);
    }

    /** Found by Spring Security's OIDC login by its type: the ID token's decoder reads the provider's keys with limits. */
    @Bean
    JwtDecoderFactory<ClientRegistration> ssoIdTokenDecoders(SsoHttp http) {
        return http.idTokens();
    }
}
