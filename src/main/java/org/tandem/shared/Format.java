package org.tandem.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write dates, names and enumerations, in the reader's time zone. */
public final class Format {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Format() {
    }

    public static String dateTime(Instant instant, Layout layout) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone(layout)));
    }

    /** An instant in words in the given zone, e.g. "Mon 7 Dec 2026, 09:00"; for text written outside a page (mail, Markdown). */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone == null ? ZoneId.of("UTC") : zone));
    }

    /** A count with its noun in the right number: {@code count(1, "type", "types")} → "1 type". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * A measured value with its unit, the unit in the singular when the value is exactly one: units are typed in
     * the plural ("refund types"), so 1 reads "1 refund type" and 2 reads "2 refund types". Only a plain trailing
     * "s" on the last word is dropped ("hours", "types"), never "ss", "us" or "is"; other units stay as typed.
     */
    public static String amount(java.math.BigDecimal value, String unit) {
        String number = value == null ? "–" : value.stripTrailingZeros().toPlainString();
        if (unit == null || unit.isBlank()) {
            return number;
        }
        String u = unit.trim();
        boolean one = value != null && value.compareTo(java.math.BigDecimal.ONE) == 0;
        if (one && u.length() > 2 && u.endsWith("s") && !u.endsWith("ss") && !u.endsWith("us") && !u.endsWith("is")) {
            u = u.substring(0, u.length() - 1);
        }
        return number + " " + u;
    }

    /** A person's seniority in words: JUNIOR → "Junior", MID → "Mid-level", SENIOR → "Senior"; other values as typed. */
    public static String seniority(String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "JUNIOR" -> "Junior";
            case "MID", "MID_LEVEL", "MIDLEVEL" -> "Mid-level";
            case "SENIOR" -> "Senior";
            case "LEAD" -> "Lead";
            case "PRINCIPAL" -> "Principal";
            default -> value;
        };
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
