package org.tandem.feedback;

/**
 * Decides whether feedback is anchored in something concrete: a situation or piece of work pointed at
 * ("yesterday's demo", "your write-up"), a number, a particular day, a quote, an identifier, an example
 * marker, or "when you did X". A bare event noun ("Great presentation!") or a period ("this quarter") is not.
 */
final class AnchorScan {

    private final FeedbackLanguage lang;
    private final Grammar grammar;

    AnchorScan(FeedbackLanguage lang, Grammar grammar) {
        this.lang = lang;
        this.grammar = grammar;
    }

    /** Whether anything outside suggested steps and generalisations ("you always miss the standup") is concrete. */
    boolean anchored(Tokens t, boolean[] ignored) {
        for (int i = 0; i < t.size; i++) {
            if (ignored[i]) continue;
            if (t.kind[i] == Tokens.Kind.QUOTE && i + 1 < t.size && t.quoted[i + 1]) return true;
            if (t.quoted[i] || !t.isWord(i)) continue;
            if (t.hasDigit(i) || isIdentifier(t.word[i]) || lang.exampleMarkers.startingAt(t, i) != null) return true;
            if (isCount(t, i) || isTimePoint(t, i) || isPointedSituation(t, i) || isPastWhenClause(t, i)) return true;
        }
        return false;
    }

    private static boolean isIdentifier(String w) {
        return w.startsWith("#") || w.startsWith("@") || w.indexOf('_') > 0 || w.indexOf('.') > 0 || w.indexOf('/') > 0;
    }

    /** "three wrong totals", "twice": an exact count; "a few" and "several" are not exact. */
    boolean isCount(Tokens t, int i) {
        var quantity = lang.quantities.startingAt(t, i);
        if (quantity == null || quantity.tag().endsWith("~")) return false;
        return Integer.parseInt(quantity.tag()) >= 2;
    }

    private boolean isTimePoint(Tokens t, int i) {
        var time = lang.timePoints.startingAt(t, i);
        return time != null && (!time.tag().equals("cap") || t.capitalized[i]);
    }

    /** "the demo", "yesterday's review", "your write-up", "three PRs"; not "meetings" or "presentation skills". */
    private boolean isPointedSituation(Tokens t, int i) {
        var noun = lang.situations.startingAt(t, i);
        boolean plural = false;
        int to;
        if (noun != null) {
            to = i + noun.words().length;
        } else {
            String w = t.word[i];
            if (w.length() < 4 || !w.endsWith("s") || !lang.situations.contains(w.substring(0, w.length() - 1))) return false;
            plural = true;
            to = i + 1;
        }
        if (lang.genericNouns.contains(t.word(to))) return false;
        int first = Math.max(t.sentenceStart(i), i - 3);
        for (int k = i - 1; k >= first; k--) {
            if (!t.isWord(k)) return false;
            String w = t.word[k];
            if (t.hasDigit(k) || isCount(t, k)) return true;
            if (plural) continue;
            if (lang.possessives.contains(w) && (isHabit(t, to - 1) || isBareSubject(t, k, to))) return false;
            // "a presentation" is any presentation: an indefinite article does not say which one
            if (w.equals("a") || w.equals("an")) return false;
            if (lang.determiners.contains(w) || w.equals("'s") || isTimePoint(t, k)) return true;
            if (t.capitalized[k] && !t.firstWordOfSentence(k) && !w.equals("i")) return true;
            if (isPreposition(w)) return false;
        }
        return false;
    }

    /**
     * "your notes", "your emails", "your planning": after a possessive, a plural or an activity names the
     * person's work in general, a habit, not one piece of it ("your write-up", "your PR").
     */
    private static boolean isHabit(Tokens t, int noun) {
        String w = t.word(noun);
        if (w.length() > 5 && w.endsWith("ing")) return true;
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /**
     * "Your presentation was boring.", "Your analysis is excellent.", "your spreadsheet needs work": a possessive
     * noun phrase with nothing that says which one (no "of …", no day, no number) that is itself the subject of
     * the judgement names the kind of work, not one piece of it. "Your write-up of the outage was clear" and
     * "your talk on Friday" still point.
     */
    private boolean isBareSubject(Tokens t, int possessive, int to) {
        if (possessive != grammar.clauseSubject(t, grammar.clauseStart(t, possessive), possessive + 1)) return false;
        String next = t.word(to);
        return lang.copulas.contains(next) || next.equals("needs") || next.equals("need");
    }

    private static boolean isPreposition(String w) {
        return switch (w) {
            case "in", "on", "at", "for", "with", "to", "of", "from", "by", "about", "during", "after", "before", "into" -> true;
            default -> false;
        };
    }

    /** "when you presented the roadmap", "after she walked us through it". */
    private boolean isPastWhenClause(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("when") || w.equals("while") || w.equals("after") || w.equals("as") || w.equals("before"))) return false;
        if (!grammar.isPerson(t, i + 1)) return false;
        return grammar.isPast(t, i + 2) || grammar.isPast(t, i + 3) && lang.auxiliaries.contains(t.word(i + 2));
    }

}
