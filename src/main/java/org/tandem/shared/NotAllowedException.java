package org.tandem.shared;

/** The caller can see the thing but may not do this to it (403). */
public final class NotAllowedException extends DomainException {

    public NotAllowedException(String message) {
        super(message);
    }
}
