package org.tandem.shared;

import java.time.Instant;
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
            return LocalDateTime.parse(local).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a date and time");
        }
    }
}
