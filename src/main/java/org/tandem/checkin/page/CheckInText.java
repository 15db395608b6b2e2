package org.tandem.checkin.page;

import java.util.Locale;

import org.tandem.checkin.CheckInView.Section;

/** How check-in pages write times, timeboxes and the states of things, so templates stay free of logic. */
public final class CheckInText {

    private CheckInText() {
    }

    /** {@code 250} → "04:10"; an hour or more → "1:02:03". */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    /** "5 min", or "10 min · 3 min over": the word carries the state, not only the colour. */
    public static String timebox(Section section) {
        return section.minutes() + " min" + (section.over() ? " · " + section.overMinutes() + " min over" : "");
    }

    /** {@code STILL_OPEN} → "Still open". */
    public static String words(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String carried(String disposition) {
        return switch (disposition == null ? "" : disposition) {
            case "STILL_OPEN" -> "Still open";
            case "REPLANNED" -> "Re-planned";
            case "DONE" -> "Done since last time";
            case "DROPPED" -> "Dropped since last time";
            case "CLOSED" -> "Closed since last time";
            default -> "";
        };
    }

    /** Badge tone for a status word. */
    public static String tone(String status) {
        return switch (status == null ? "" : status) {
            case "DONE", "CLOSED", "COMPLETED" -> "success";
            case "DROPPED", "CANCELLED", "MISSED" -> "danger";
            case "IN_PROGRESS" -> "info";
            case "HIGH" -> "danger";
            case "MEDIUM" -> "warning";
            default -> "neutral";
        };
    }

    /** The summary's own headings one level down, to sit inside a page that has its own title. */
    public static String embedded(String summaryHtml) {
        return summaryHtml == null ? "" : summaryHtml
                .replace("<h2>", "<h3>").replace("</h2>", "</h3>")
                .replace("<h1>", "<h2>").replace("</h1>", "</h2>");
    }
}
