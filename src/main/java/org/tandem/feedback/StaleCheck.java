package org.tandem.feedback;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds wording that places the event long in the past ("two months ago", "last year"), for texts checked
 * without an event date. Each phrase has a lower bound in days; it is stale when that bound is over the limit.
 * With today's date, a month named as the time of the event ("back in February", "in April", "on 20 January",
 * "last quarter") is read against it: the lower bound is the days since the end of the most recent such month
 * (or since the day, when one is named). A period named as the age of a thing is not the time of the event:
 * "last year's price list", "the test from last year".
 */
final class StaleCheck {

    record Stale(Mark mark, int days) {
    }

    private final FeedbackLanguage lang;

    StaleCheck(FeedbackLanguage lang) {
        this.lang = lang;
    }

    List<Stale> find(Tokens t, int staleAfterDays) {
        return find(t, staleAfterDays, null);
    }

    List<Stale> find(Tokens t, int staleAfterDays, LocalDate today) {
        List<Stale> found = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || t.quoted[i]) continue;
            var phrase = lang.stalePhrases.startingAt(t, i);
            if (phrase != null) {
                int days = Integer.parseInt(phrase.tag());
                int to = i + phrase.words().length;
                if (days > staleAfterDays && !ageOfAThing(t, i, to)) found.add(new Stale(new Mark(i, to, Mark.Polarity.NEUTRAL), days));
                i = to - 1;
                continue;
            }
            if (today != null) {
                Stale month = monthNamed(t, i, today);
                if (month != null) {
                    if (month.days() > staleAfterDays) found.add(month);
                    i = month.mark().to() - 1;
                    continue;
                }
                Stale quarter = lastQuarter(t, i, today);
                if (quarter != null) {
                    if (quarter.days() > staleAfterDays) found.add(quarter);
                    i = quarter.mark().to() - 1;
                    continue;
                }
            }
            if (lang.staleMarkers.contains(t.word[i])) {
                Stale ago = unitsAgo(t, i);
                if (ago != null && ago.days() > staleAfterDays) found.add(ago);
            }
        }
        return found;
    }

    /** "3 weeks ago", "a couple of months ago", "months ago" (at least two). */
    private Stale unitsAgo(Tokens t, int ago) {
        int unitAt = ago - 1;
        String unitDays = lang.staleUnits.tagOf(t.word(unitAt));
        if (unitDays == null) return null;
        int perUnit = Integer.parseInt(unitDays);
        int from = unitAt;
        int count = t.word(unitAt).endsWith("s") ? 2 : 1;
        if (unitAt > 0 && t.kind[unitAt - 1] == Tokens.Kind.NUMBER) {
            count = parseCount(t.word[unitAt - 1]);
            from = unitAt - 1;
        } else {
            var quantity = lang.quantities.endingAt(t, unitAt - 1);
            if (quantity != null) {
                count = Integer.parseInt(quantity.tag().replace("~", ""));
                from = unitAt - quantity.words().length;
            }
        }
        return new Stale(new Mark(from, ago + 1, Mark.Polarity.NEUTRAL), count * perUnit);
    }

    /** "last year's price list", "the test from last year": the period dates a thing, not the event. */
    private static boolean ageOfAThing(Tokens t, int from, int to) {
        return t.word(to).equals("'s") || t.word(from - 1).equals("from");
    }

    /** Words that may open a fronted time phrase with a month: "In March you…", "Early in February…", "During May…". */
    private static final Set<String> FRONT_CUES = Set.of("in", "during", "early", "late", "mid", "by");

    /** Words that make a month a future one ("in March we will…"): then nothing is said about the past. */
    private static final Set<String> FUTURE = Set.of("will", "'ll", "next", "going", "upcoming");

    /**
     * A month named as the time of the event, in one of the shapes that say so: "back in February" or "last March"
     * anywhere; a specific day, "on 20 January" or "on January 20th"; or a time phrase fronted in its sentence or
     * clause ("In March you set up…", "Early in February, you ran…"). A month inside the sentence ("the survey you
     * ran in March got…", "since April", "for 1 March") names what a thing is or how long it has lasted, not when
     * the feedback's event was. The most recent such month up to today; a month later in the year than today's is
     * skipped (it may be next month or last year's) unless "last" says which, as is a sentence about the future or
     * one that also names a recent day ("on Monday"). The lower bound is the days since the month's end, or since
     * the day. Null when not.
     */
    private Stale monthNamed(Tokens t, int i, LocalDate today) {
        if (!t.capitalized[i] || t.kind[i] != Tokens.Kind.WORD || !isMonth(t.word[i])) return null;
        Month month = Month.valueOf(t.word[i].toUpperCase(Locale.ROOT));
        int dayBefore = dayNumber(t, i - 1);
        int dayAfter = dayNumber(t, i + 1);
        int day = dayBefore > 0 ? dayBefore : dayAfter;
        int from = dayBefore > 0 ? i - 1 : i;
        int to = dayBefore < 0 && dayAfter > 0 ? i + 2 : i + 1;
        String before = t.word(from - 1);
        boolean lastYear = false;
        if (before.equals("last")) {
            lastYear = true;
            from--;
        } else if (day > 0 && before.equals("on")) {
            from--;
        } else if (before.equals("in") && t.word(from - 2).equals("back")) {
            from -= 2;
        } else {
            int k = from;
            while (k - 1 >= t.sentenceStart(i) && FRONT_CUES.contains(t.word(k - 1))) k--;
            if (k == from || !(k == t.sentenceStart(i) || t.isPunct(k - 1) && Grammar.isClauseMark(t.word[k - 1]))) return null;
            from = k;
        }
        int first = t.sentenceStart(i);
        int last = t.sentenceEnd(i);
        for (int k = first; k < last; k++) {
            if (k >= from && k < to || !t.isWord(k)) continue;
            if (FUTURE.contains(t.word[k])) return null;
            // a recent day elsewhere in the sentence ("on Monday", "yesterday") is when the event was
            var point = lang.timePoints.startingAt(t, k);
            if (point != null && !isMonth(t.word[k]) && (t.capitalized[k] || !point.tag().equals("cap"))) return null;
        }
        int year = today.getYear();
        if (month.getValue() > today.getMonthValue() || lastYear && month.getValue() >= today.getMonthValue()) {
            if (!lastYear) return null;
            year--;
        }
        LocalDate when;
        if (day > 0) {
            if (day > month.length(java.time.Year.isLeap(year))) return null;
            when = LocalDate.of(year, month, day);
            if (when.isAfter(today)) return null;
        } else {
            when = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
            if (when.isAfter(today)) when = today;
        }
        return new Stale(new Mark(from, to, Mark.Polarity.NEUTRAL), (int) ChronoUnit.DAYS.between(when, today));
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private static boolean isMonth(String w) {
        return MONTHS.contains(w);
    }

    /** "20", "20th", "1st": a day of the month next to a month name; -1 when not. */
    private static int dayNumber(Tokens t, int k) {
        if (!t.isWord(k) || !t.hasDigit(k)) return -1;
        String w = t.word[k];
        if (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")) w = w.substring(0, w.length() - 2);
        if (w.isEmpty() || w.length() > 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(w.length() - 1))) return -1;
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31 ? d : -1;
    }

    /** "last quarter": the calendar quarter before today's, which ended on the last day before this quarter began. */
    private Stale lastQuarter(Tokens t, int i, LocalDate today) {
        if (!t.word[i].equals("last") || !t.word(i + 1).equals("quarter") || t.word(i + 2).equals("'s")) return null;
        // "40% above what you closed last quarter" in feedback on yesterday's forecast: a comparison, not the event
        for (int k = t.sentenceStart(i); k < t.sentenceEnd(i); k++) {
            if (k != i && t.isWord(k) && lang.timePoints.startingAt(t, k) != null && !isMonth(t.word[k])
                    && (t.capitalized[k] || !lang.timePoints.startingAt(t, k).tag().equals("cap"))) return null;
        }
        int firstMonth = (today.getMonthValue() - 1) / 3 * 3 + 1;
        LocalDate end = LocalDate.of(today.getYear(), firstMonth, 1).minusDays(1);
        return new Stale(new Mark(i, i + 2, Mark.Polarity.NEUTRAL), (int) ChronoUnit.DAYS.between(end, today));
    }

    private static int parseCount(String digits) {
        try {
            return Integer.parseInt(digits.length() > 6 ? digits.substring(0, 6) : digits);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
