package org.tandem.people;

import java.time.Instant;

/** Published inside the creating transaction so features can give a new organization its defaults. */
public record OrganizationCreated(OrganizationId organizationId, String name, Instant at) {
}
