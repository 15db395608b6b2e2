package org.tandem.people.account;

import java.time.Instant;
import java.util.UUID;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/**
 * A one-time link to choose a password, as stored: only the hash of its token. It works once, before it expires,
 * and only while no newer link of the same purpose replaced it.
 */
record AccountLink(UUID id, OrganizationId organizationId, PersonId personId, LinkPurpose purpose, Instant createdAt,
                   Instant expiresAt, Instant usedAt, Instant voidedAt) {

    boolean usableAt(Instant now) {
        return usedAt == null && voidedAt == null && now.isBefore(expiresAt);
    }
}
