package org.tandem.people;

/**
 * A person's password was changed (by themself) or reset (through a mailed link): published after the new hash
 * is written, inside that transaction, so listeners can end the person's other page sessions.
 */
public record PasswordChanged(OrganizationId organizationId, PersonId personId) {
}
