package org.tandem.people;

import java.time.Instant;

/** A tenant: everything people create belongs to exactly one organization and never leaks to another. */
public record Organization(OrganizationId id, String name, String slug, Instant createdAt) {
}
