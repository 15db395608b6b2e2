package org.tandem.people;

import java.time.Instant;

/**
 * A known, active person asked to reset their password: published inside the transaction that stored the link,
 * so the mail (written by a listener, notify) and the link exist together. {@code link} is the one-time address.
 */
public record PasswordResetRequested(OrganizationId organizationId, PersonId personId, String email, String displayName,
                                     String link, Instant expiresAt) {
}
