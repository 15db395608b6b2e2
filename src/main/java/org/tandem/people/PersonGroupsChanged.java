package org.tandem.people;

/**
 * A person's team, title or seniority changed: the groups the program dashboard counts their mentorships in.
 * Published in the transaction of the change.
 */
public record PersonGroupsChanged(OrganizationId organizationId, PersonId personId) {
}
