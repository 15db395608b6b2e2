package org.tandem.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The limits every input meets, whichever door it comes through (JSON, page forms, CSV): dates within a
 * range a mentoring relationship can mean, and text without the invisible characters that corrupt storage or
 * disguise what a reader sees (NUL and other control characters, text-direction overrides).
 */
public final class InputBounds {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    public static final String DATE_MESSAGE = "must be a date between " + EARLIEST_DATE + " and " + LATEST_DATE;
    public static final String TEXT_MESSAGE = "must not contain control characters or text-direction overrides";

    private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private InputBounds() {
    }

    public static boolean dateInRange(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE));
    }

    public static boolean instantInRange(Instant instant) {
        return instant == null || (!instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(LATEST_INSTANT));
    }

    /**
     * Tab, line feed and carriage return are text; every other C0/C1 control character is not, and neither are
     * the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make a name
     * read differently from what it is.
     */
    public static boolean textAcceptable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
            boolean direction = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (control || direction) {
                return false;
            }
        }
        return true;
    }

    /** For form values: the date, or a 400 naming the field. */
    public static LocalDate requireDate(LocalDate date, String field) {
        if (!dateInRange(date)) {
            throw new InvalidInputException(field, DATE_MESSAGE);
        }
        return date;
    }

    /** For form values: the instant, or a 400 naming the field. */
    public static Instant requireInstant(Instant instant, String field) {
        if (!instantInRange(instant)) {
            throw new InvalidInputException(field, DATE_MESSAGE);
        }
        return instant;
    }
}
