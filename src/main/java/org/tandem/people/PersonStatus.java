package org.tandem.people;

/**
 * Where a person's account stands. {@code INVITED}: added without a password, waiting for them to choose one
 * through their invitation link. {@code ACTIVE}: can sign in. {@code DEACTIVATED}: kept for history, cannot sign in.
 * Invited people already take part (they can be paired and written to); only signing in waits for them.
 */
public enum PersonStatus {
    INVITED,
    ACTIVE,
    DEACTIVATED
}
