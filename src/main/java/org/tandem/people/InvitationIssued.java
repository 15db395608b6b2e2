package org.tandem.people;

import java.time.Instant;

/**
 * A person was invited (or invited again) to choose their password: published inside the transaction that stored
 * the link, so the mail written by a listener (notify) exists exactly when the link does. {@code link} is the
 * one-time address itself: listeners put it in the mail and nowhere else.
 */
public record InvitationIssued(OrganizationId organizationId, PersonId personId, String email, String displayName,
                               String invitedBy, String link, Instant expiresAt) {
}
