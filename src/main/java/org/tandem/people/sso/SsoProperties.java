package org.tandem.people.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tandem.oidc.*}: the OpenID Connect provider people sign in with. Single sign-on is on when the issuer,
 * client id and client secret are all set.
 *
 * @param issuerUri     the provider's issuer (its discovery document is read on the first sign-in)
 * @param displayName   how the login page names the provider: "Sign in with …"
 * @param createPeople  whether a verified email nobody has yet creates a mentee (off: such a sign-in is refused)
 * @param organization  the slug of the organization single sign-on serves; empty: every organization (people are
 *                      found by email, which is unique across organizations) and new people go to the default one
 * @param httpTimeout   how long a call to the provider may take to connect, and then to answer (10 s when unset)
 */
@ConfigurationProperties("tandem.oidc")
record SsoProperties(String issuerUri, String clientId, String clientSecret, String displayName, boolean createPeople,
                     String organization, java.time.Duration httpTimeout) {

    /** The registration id, and so the last part of the redirect URI to register at the provider. */
    static final String REGISTRATION_ID = "tandem";

    SsoProperties {
        displayName = displayName == null || displayName.isBlank() ? "single sign-on" : displayName.trim();
        organization = organization == null || organization.isBlank() ? null : organization.trim();
        httpTimeout = httpTimeout == null ? java.time.Duration.ofSeconds(10) : httpTimeout;
    }
}
