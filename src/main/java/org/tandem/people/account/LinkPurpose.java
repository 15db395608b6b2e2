package org.tandem.people.account;

import java.time.Duration;

/** What a one-time account link is for, and how long it lives. */
public enum LinkPurpose {
    INVITATION(Duration.ofDays(7)),
    PASSWORD_RESET(Duration.ofHours(1));

    private final Duration lifetime;

    LinkPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
