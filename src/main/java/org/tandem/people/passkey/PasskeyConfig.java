package org.tandem.people.passkey;

import java.util.HashSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.tandem.people.AuditLog;
import org.tandem.shared.Links;

/** Passkeys: Spring Security's WebAuthn support over our own tables (decision 0072). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(PasskeyProperties.class)
class PasskeyConfig {

    /** The one relying party Spring Security's WebAuthn configurer picks up, so every ceremony goes through our rules. */
    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(PasskeyProperties properties, Links links,
            PasskeyUsers users, PasskeyCredentials credentials, AuditLog audit) {
        String baseUrl = links.fixedBase();
        var rp = PublicKeyCredentialRpEntity.builder().id(properties.rpId(baseUrl)).name("Tandem").build();
        return new PasskeyRelyingParty(
                new Webauthn4JRelyingPartyOperations(users, credentials, rp, new HashSet<>(properties.allowedOrigins(baseUrl))), audit);
    }

    @Bean
    @ConditionalOnBooleanProperty("tandem.security.admins-need-passkey")
    FilterRegistrationBean<AdminPasskeyRequirement> adminPasskeyRequirement() {
        var registration = new FilterRegistrationBean<>(new AdminPasskeyRequirement());
        // right after Spring Security's chains, which have put who is signed in into the context
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
