package org.tandem.people;

/** A person was deactivated; their open page sessions end. */
public record PersonDeactivated(OrganizationId organizationId, PersonId personId) {
}
