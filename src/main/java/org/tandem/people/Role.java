package org.tandem.people;

/** What a person does in Tandem; a person may hold several roles. */
public enum Role {
    ADMIN, PROGRAM_LEAD, MENTOR, MENTEE
}
