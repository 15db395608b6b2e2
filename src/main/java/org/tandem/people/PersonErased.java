package org.tandem.people;

import java.time.Instant;

/**
 * A person was erased: their words are gone, their name reads "A former member", their sessions and tokens are
 * deleted. Published in the erasure's transaction, for features that keep something of the person elsewhere.
 */
public record PersonErased(OrganizationId organization, PersonId person, Instant at) {
}
