package org.tandem.people.sso;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Single sign-on with an OpenID Connect provider, when configured (docs/accounts-sso-passkeys.md). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSso
@EnableConfigurationProperties(SsoProperties.class)
class SsoConfig {

    @Bean
    ClientRegistrationRepository ssoClientRegistrations(SsoProperties properties) {
        return new SsoClientRegistrations(properties);
    }
}
