package org.tandem.shared;

/** Someone else changed the thing since the caller read it (409, or 412 for a failed If-Match). */
public final class StaleVersionException extends DomainException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else meanwhile (now at version " + currentVersion + "); reload and try again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
