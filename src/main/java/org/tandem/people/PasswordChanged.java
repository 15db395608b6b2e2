package org.tandem.people;

/** A person's password changed; their other page sessions end. */
public record PasswordChanged(OrganizationId organizationId, PersonId personId) {
}
