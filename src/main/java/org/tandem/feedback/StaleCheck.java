package org.tandem.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds wording that places the event long in the past ("two months ago", "last year"), for texts checked
 * without an event date. Each phrase has a lower bound in days; it is stale when that bound is over the limit.
 */
final class StaleCheck {

    record Stale(Mark mark, int days) {
    }

    private final FeedbackLanguage lang;

    StaleCheck(FeedbackLanguage lang) {
        this.lang = lang;
    }

    List<Stale> find(Tokens t, int staleAfterDays) {
        List<Stale> found = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || t.quoted[i]) continue;
            var phrase = lang.stalePhrases.startingAt(t, i);
            if (phrase != null) {
                int days = Integer.parseInt(phrase.tag());
                int to = i + phrase.words().length;
                if (days > staleAfterDays) found.add(new Stale(new Mark(i, to, Mark.Polarity.NEUTRAL), days));
                i = to - 1;
                continue;
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

    private static int parseCount(String digits) {
        try {
            return Integer.parseInt(digits.length() > 6 ? digits.substring(0, 6) : digits);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
