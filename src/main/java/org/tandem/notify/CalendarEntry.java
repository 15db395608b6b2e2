package org.tandem.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One event of a person's calendar feed, as a feature that owns it describes it. Either timed ({@code start}
 * and {@code duration}, shown in {@code zone}) or all-day ({@code allDay}). The uid must never change for the
 * same thing, and {@code sequence} must grow with every change of it, so calendar apps update instead of
 * duplicating.
 */
public record CalendarEntry(String uid, String title, Instant start, Duration duration, LocalDate allDay, ZoneId zone,
                            boolean cancelled, int sequence, String description) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "a calendar entry needs a stable uid");
        Objects.requireNonNull(title, "a calendar entry needs a title");
        Objects.requireNonNull(zone, "a calendar entry needs a time zone");
        if ((start == null) == (allDay == null)) {
            throw new IllegalArgumentException("a calendar entry is either timed or all-day");
        }
        if (start != null && (duration == null || duration.isNegative())) {
            throw new IllegalArgumentException("a timed calendar entry needs a duration");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence starts at 0");
        }
    }

    public static CalendarEntry timed(String uid, String title, Instant start, Duration duration, ZoneId zone, boolean cancelled,
            int sequence, String description) {
        return new CalendarEntry(uid, title, start, duration, null, zone, cancelled, sequence, description);
    }

    public static CalendarEntry allDay(String uid, String title, LocalDate day, ZoneId zone, boolean cancelled, int sequence,
            String description) {
        return new CalendarEntry(uid, title, null, null, day, zone, cancelled, sequence, description);
    }

    public boolean isAllDay() {
        return allDay != null;
    }
}
