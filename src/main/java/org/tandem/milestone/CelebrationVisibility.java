package org.tandem.milestone;

/** Who may see a celebration besides the pair; the mentee chooses. */
public enum CelebrationVisibility {
    /** The mentor and the mentee only; admins and leads included, nobody else learns of it (decision 0078). */
    PAIR,
    /** Also the program's leads and everyone paired in the same program. */
    PROGRAM,
    /** Everyone in the organization. */
    ORGANIZATION
}
