package org.tandem.people.passkey;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tandem.passkeys.*}. The relying party id is the host people's browsers see Tandem at, and the allowed
 * origins the exact addresses they open it with; both default from {@code tandem.base-url}, or
 * {@code http://localhost:<server.port>} when that is unset ({@link org.tandem.shared.Links#fixedBase()}): a relying party
 * is fixed at start-up, so a deployment reached at any other address must set {@code tandem.base-url} (or these).
 *
 * @param rpId           the WebAuthn relying party id (a host name, without port); default: the host of the base URL
 * @param allowedOrigins the origins a passkey ceremony may come from; default: the base URL's origin
 */
@ConfigurationProperties("tandem.passkeys")
record PasskeyProperties(String rpId, List<String> allowedOrigins) {

    String rpId(String baseUrl) {
        return rpId == null || rpId.isBlank() ? URI.create(baseUrl).getHost() : rpId.trim();
    }

    List<String> allowedOrigins(String baseUrl) {
        if (allowedOrigins != null && !allowedOrigins.isEmpty()) {
            return allowedOrigins;
        }
        URI base = URI.create(baseUrl);
        return List.of(base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort()));
    }
}
