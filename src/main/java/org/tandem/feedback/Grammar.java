package org.tandem.feedback;

/** The few grammatical questions the rules ask about a token, answered from the word lists. */
final class Grammar {

    /** Clause searches give up after this many tokens, so a run-on text cannot make a check slow. */
    private static final int MAX_CLAUSE_WALK = 40;

    private final FeedbackLanguage lang;

    Grammar(FeedbackLanguage lang) {
        this.lang = lang;
    }

    /** A pronoun, a noun for people, or what looks like a person's name ("Priya", not "CI" or "Monday"). */
    boolean isPerson(Tokens t, int i) {
        if (!t.isWord(i) || t.quoted[i]) return false;
        String w = t.word[i];
        return lang.personPronouns.contains(w) || lang.personNouns.contains(w) || isName(t, i);
    }

    boolean isName(Tokens t, int i) {
        if (!t.capitalized[i] || t.kind[i] != Tokens.Kind.WORD) return false;
        String w = t.word[i];
        if (lang.nameStopwords.contains(w) || t.end[i] - t.start[i] < 2) return false;
        if (!Character.isLowerCase(t.text.charAt(t.start[i] + 1))) return false;
        if (w.indexOf('-') >= 0 || w.indexOf('.') >= 0) return false;
        if (t.firstWordOfSentence(i)) {
            if (lang.praise.contains(w) || lang.criticism.contains(w) || lang.imperatives.contains(w)
                    || lang.situations.contains(w) || lang.discourse.contains(w) || lang.genericNouns.contains(w)
                    || lang.determiners.contains(w) || lang.timePoints.contains(w) || lang.nextSteps.contains(w)
                    || lang.absolutes.contains(w) || lang.negations.contains(w) || lang.traits.contains(w)) {
                return false;
            }
            return actsLikeASubject(t, i + 1);
        }
        return true;
    }

    /**
     * A capitalised first word is only taken for a name when a singular verb follows ("Priya is", "Sam told",
     * "Raj always"), so "In", "Meh" or "Slides were" are not people.
     */
    private boolean actsLikeASubject(Tokens t, int next) {
        if (!t.isWord(next)) return false;
        String w = t.word[next];
        if (w.equals("are") || w.equals("were") || w.equals("have") || w.equals("do") || w.equals("'re")) return false;
        return w.equals("'s") || lang.copulas.contains(w) || lang.auxiliaries.contains(w) || lang.absolutes.contains(w)
                || lang.negations.contains(w) || lang.directiveModals.contains(w) || isPast(t, next)
                || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
    }

    /** The first token of the clause holding token {@code i}: after a comma-like mark or a clause opener. */
    int clauseStart(Tokens t, int i) {
        int first = Math.max(t.sentenceStart(i), i - MAX_CLAUSE_WALK);
        for (int k = i - 1; k >= first; k--) {
            if (t.isPunct(k) && isClauseMark(t.word[k])) return k + 1;
            if (t.kind[k] == Tokens.Kind.QUOTE) return k + 1;
            if (lang.clauseOpeners.contains(t.word[k])) return k + 1;
            if (t.word[k].equals("that") && k + 1 < i) return k + 1;
        }
        return first;
    }

    /** One past the last token of the clause holding token {@code i}. */
    int clauseEnd(Tokens t, int i) {
        int last = Math.min(t.sentenceEnd(i), i + MAX_CLAUSE_WALK);
        for (int k = i + 1; k < last; k++) {
            if (t.isPunct(k) && isClauseMark(t.word[k])) return k;
            if (lang.clauseOpeners.contains(t.word[k])) return k;
        }
        return last;
    }

    static boolean isClauseMark(String w) {
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("-") || w.equals("(") || w.equals(")")
                || w.equals(".") || w.equals("!") || w.equals("?") || w.equals("\n");
    }

    /** The first word of a clause, past discourse words like "and", "honestly" or "also". */
    int clauseSubject(Tokens t, int from, int to) {
        int k = from;
        while (k < to && (!t.isWord(k) || lang.discourse.contains(t.word[k]))) k++;
        return k < to ? k : -1;
    }

    boolean isPast(Tokens t, int i) {
        if (!t.isWord(i)) return false;
        String w = t.word[i];
        return w.length() > 3 && w.endsWith("ed") || lang.pastIrregular.contains(w);
    }
}
