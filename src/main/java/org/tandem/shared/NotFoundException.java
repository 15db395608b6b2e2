package org.tandem.shared;

/** The thing does not exist, or the caller may not know it exists: both answer 404. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
