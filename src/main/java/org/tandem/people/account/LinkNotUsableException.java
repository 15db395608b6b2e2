package org.tandem.people.account;

/** An invitation or reset link that is unknown, used, replaced by a newer one or expired: all look alike to the visitor. */
class LinkNotUsableException extends RuntimeException {

    LinkNotUsableException() {
        super("This link cannot be used any more");
    }
}
