package org.tandem.checkin.actionplan;

import org.tandem.people.PersonId;

/** A risk as typed into the form or the API; numbers are boxed so a missing one is reported, not zeroed. */
public record RiskDraft(String description, Integer likelihood, Integer impact, String support, PersonId ownerId) {
}
