package org.tandem.people;

/** A person's roles changed; their open page sessions end, since they carry the old roles. */
public record RolesChanged(OrganizationId organizationId, PersonId personId) {
}
