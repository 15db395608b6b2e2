package org.tandem.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tandem.webhooks.*}. Private, loopback and link-local targets are refused unless
 * {@code allowPrivateAddresses} is true (tests and closed networks), so a webhook cannot be aimed at
 * Tandem's own network.
 */
@ConfigurationProperties("tandem.webhooks")
record WebhookProperties(boolean allowPrivateAddresses) {
}
