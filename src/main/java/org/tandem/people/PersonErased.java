package org.tandem.people;

/** A person's personal data was erased; their open page sessions end. */
public record PersonErased(OrganizationId organizationId, PersonId personId) {
}
