package org.tandem.feedback;

/** Where a peer-feedback request stands. EXPIRED is never stored: an open request past its expiry reads as expired. */
public enum PeerFeedbackStatus {
    OPEN, ANSWERED, REVOKED, EXPIRED
}
