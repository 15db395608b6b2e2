package org.tandem.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads values that page forms send as text, refusing bad ones with an error on the field. */
public final class FormValues {

    private FormValues() {
    }

    /** A {@code datetime-local} value, read in the person's time zone; blank is null. */
    public static Instant instant(String local, ZoneId zone, String field) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return InputBounds.requireInstant(LocalDateTime.parse(local.strip()).atZone(zone).toInstant(), field);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a date and time");
        }
    }

    /** A {@code date} value ({@code YYYY-MM-DD}) within {@link InputBounds}; blank is null. */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return InputBounds.requireDate(LocalDate.parse(text.strip()), field);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a date (YYYY-MM-DD)");
        }
    }
}
