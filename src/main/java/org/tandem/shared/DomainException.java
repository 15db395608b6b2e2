package org.tandem.shared;

/**
 * A rule of the method said no. Subclasses say how: the web layer maps each to one HTTP status in
 * {@code ProblemAdvice}, so domain code never thinks about HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, NotAllowedException, InvalidStateException, StaleVersionException, InvalidInputException {

    protected DomainException(String message) {
        super(message);
    }
}
