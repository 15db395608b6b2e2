package org.tandem.people;

import java.util.List;

/**
 * Lets other features say what a person takes part in (programs they lead, pairs they are mentor or mentee in) for
 * the person page, without people depending on them: each feature that knows implements it.
 */
public interface PersonInvolvement {

    /** Short lines such as "Leads Growth 2027" or "Mentor of Manu Mentee in Growth 2027", in a stable order. */
    List<String> involvementOf(OrganizationId organization, PersonId person);
}
