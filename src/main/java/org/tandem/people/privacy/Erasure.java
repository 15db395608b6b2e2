package org.tandem.people.privacy;

/** What erasing a person does to a column, on the rows the table's erasure reaches. */
public enum Erasure {
    /** Stays as it is; the decision names the reason (an opaque id, a figure an aggregate needs, a legal record). */
    KEEP,
    /** Text replaced by {@link PersonData#ERASED_TEXT}; an empty (null) column stays empty. */
    REPLACE,
    /** A name becomes {@link PersonData#FORMER_MEMBER}; an email becomes an address that reaches no one. */
    ANONYMISE,
    /** Set to null. */
    NULLIFY,
    /** Only the person's name and email are cut out of the text; the rest (written by others or by Tandem) stays. */
    SCRUB,
    /** The account is closed: a flag becomes false, a status DEACTIVATED, a time the erasure time, a version moves on. */
    CLOSE,
    /** The whole row goes (every column of the table says so). */
    DELETE
}
