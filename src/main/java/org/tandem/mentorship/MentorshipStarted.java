package org.tandem.mentorship;

import java.time.Instant;

/** A pair was formed; the cadence feature plans its first check-ins from it. */
public record MentorshipStarted(Mentorship mentorship, Instant at) {
}
