package org.tandem.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How pages write dates, names and enumerations, in the reader's time zone. */
public final class Format {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Format() {
    }

    public static String dateTime(Instant instant, Layout layout) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone(layout)));
    }

    /** The value a {@code datetime-local} input expects, in the reader's zone. */
    public static String inputDateTime(Instant instant, Layout layout) {
        return instant == null ? "" : ISO_LOCAL.format(instant.atZone(zone(layout)));
    }

    /** The day of an instant in the reader's zone, e.g. "Mon 7 Dec 2026". */
    public static String date(Instant instant, Layout layout) {
        return instant == null ? "—" : DATE.format(instant.atZone(zone(layout)));
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] parts = name.trim().split("\\s+");
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (parts[0].substring(0, 1) + last).toUpperCase(Locale.ROOT);
    }

    /** {@code TECHNICAL_SKILL} → "Technical skill". */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "—";
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ZoneId zone(Layout layout) {
        return layout == null || layout.zone() == null ? ZoneId.of("UTC") : layout.zone();
    }
}
