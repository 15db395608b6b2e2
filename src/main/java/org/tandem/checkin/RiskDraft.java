package org.tandem.checkin;

import org.tandem.people.PersonId;

/** A risk as typed into the form or the API; numbers are boxed so a missing one is reported, not zeroed. */
record RiskDraft(String description, Integer likelihood, Integer impact, String support, PersonId ownerId) {
}
