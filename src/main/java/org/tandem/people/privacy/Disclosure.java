package org.tandem.people.privacy;

/**
 * Who receives a column in a personal-data export. The one place where the export's audience is decided: an
 * admin exporting someone else gets {@link #OWNER_OR_ADMIN} columns only, never a pair's conversation.
 */
public enum Disclosure {
    /** Account facts (names, dates, states, ids): the person, and an admin answering on their behalf. */
    OWNER_OR_ADMIN,
    /**
     * What a person wrote or was told inside a mentorship (goal words, notes, feedback, answers, ratings): only the
     * person themself, and when the column names an owner (e.g. a note's author), only when the row is theirs.
     */
    OWNER_ONLY,
    /** Never exported: a secret, or machinery that holds nothing of the person (the reason is written beside it). */
    WITHHELD
}
