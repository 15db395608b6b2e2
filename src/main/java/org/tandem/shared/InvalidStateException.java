package org.tandem.shared;

/** The transition is not legal from the current state, e.g. completing a check-in that never started (409). */
public final class InvalidStateException extends DomainException {

    public InvalidStateException(String message) {
        super(message);
    }
}
