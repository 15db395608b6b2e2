package org.tandem.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** When a pair first met, how often they meet, for how long, and when they meet next. */
public record MentorshipCadence(int intervalDays, int durationMinutes, Instant firstAt, Instant nextAt) {

    /**
     * The first time of the series that is not before {@code now}: {@code nextAt}, then every {@code intervalDays} days at
     * the same wall-clock time in {@code zone} (the mentor's). {@code nextAt} itself stays put while check-ins are held,
     * so pages show this instead.
     */
    public Instant upcoming(Instant now, ZoneId zone) {
        if (!nextAt.isBefore(now)) {
            return nextAt;
        }
        LocalDateTime anchor = LocalDateTime.ofInstant(nextAt, zone);
        long n = Math.max(0, ChronoUnit.DAYS.between(anchor.toLocalDate(), LocalDate.ofInstant(now, zone)) / intervalDays - 1);
        Instant at = anchor.plusDays(n * intervalDays).atZone(zone).toInstant();
        while (at.isBefore(now)) {
            n++;
            at = anchor.plusDays(n * intervalDays).atZone(zone).toInstant();
        }
        return at;
    }
}
