package org.tandem.mentorship;

import java.time.Instant;

/** The pair's rhythm changed; future check-ins move with it. */
public record CadenceChanged(Mentorship mentorship, Instant at) {
}
