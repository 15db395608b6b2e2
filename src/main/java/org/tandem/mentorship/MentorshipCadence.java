package org.tandem.mentorship;

import java.time.Instant;

/** When a pair first met, how often they meet, for how long, and when they meet next. */
public record MentorshipCadence(int intervalDays, int durationMinutes, Instant firstAt, Instant nextAt) {
}
