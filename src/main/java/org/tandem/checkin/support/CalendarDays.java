package org.tandem.checkin.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Due dates are calendar days in the person's own zone, which the domain does not know. Rather than guess a
 * zone, a date is only refused when it is wrong for every zone on Earth (UTC−12 to UTC+14), so nobody is
 * told that their "today" is in the past.
 */
public final class CalendarDays {

    private static final ZoneOffset WESTERNMOST = ZoneOffset.ofHours(-12);
    private static final ZoneOffset EASTERNMOST = ZoneOffset.ofHours(14);

    private CalendarDays() {
    }

    /** The earliest date that is "today" somewhere at this instant. */
    static LocalDate earliestToday(Instant now) {
        return LocalDate.ofInstant(now, WESTERNMOST);
    }

    /** The latest date that is "today" somewhere at this instant. */
    static LocalDate latestToday(Instant now) {
        return LocalDate.ofInstant(now, EASTERNMOST);
    }

    public static boolean isPastEverywhere(LocalDate date, Instant now) {
        return date.isBefore(earliestToday(now));
    }

    public static boolean isFutureEverywhere(LocalDate date, Instant now) {
        return date.isAfter(latestToday(now));
    }
}
