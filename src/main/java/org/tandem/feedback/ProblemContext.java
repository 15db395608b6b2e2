package org.tandem.feedback;

/**
 * Decides whether a problem word in the text is criticism of the person's work, or only context: neutralised
 * ("no errors", "you fixed the bug"), scene-setting ("when the deploy failed, you rolled back"), a reference
 * ("the missed deadline"), or the person's own words passed on ("you said you feel rushed").
 */
final class ProblemContext {

    private static final int NEUTRALIZER_WINDOW = 3;
    private static final int CARRIER_WINDOW = 4;

    private final FeedbackLanguage lang;
    private final Grammar grammar;

    ProblemContext(FeedbackLanguage lang, Grammar grammar) {
        this.lang = lang;
        this.grammar = grammar;
    }

    /** Whether a problem phrase with this tag ("strong", "defect", "vague", "hindsight") is criticism here. */
    boolean counts(Tokens t, int i, int to, String tag, boolean[] inStep) {
        if (!tag.equals("vague") && !tag.equals("hindsight") && (isReference(t, i) || isReported(t, i))) return false;
        switch (tag) {
            case "vague", "hindsight":
                return true;
            case "defect":
                if (inStep[i] || !carried(t, i) || neutralized(t, i, to)) return false;
                return !inBackground(t, i);
            default:
                if (inStep[i] || neutralized(t, i, to) || inBackground(t, i)) return false;
                return !t.word[i].equals("too") || t.isWord(to) && !t.quoted[to];
        }
    }

    /** "you said you feel rushed": the person's own words, passed on, are not the writer's judgement. */
    private boolean isReported(Tokens t, int i) {
        for (int k = grammar.clauseStart(t, i); k < i; k++) {
            if (lang.reportingVerbs.startingAt(t, k) != null) return true;
        }
        return false;
    }

    /**
     * "the missed deadline", "a broken link", "the careless default": a participle or a trait word after an
     * article names a thing that is talked about. Plain judgements ("the wrong attachment") still count.
     */
    private boolean isReference(Tokens t, int i) {
        String before = t.word(i - 1);
        if (!(before.equals("the") || before.equals("a") || before.equals("an") || before.equals("this") || before.equals("that"))) {
            return false;
        }
        String w = t.word[i];
        boolean shaped = w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en") || w.equals("lost") || lang.traits.contains(w);
        // "the page you launched had a broken sign-up form": carried by the person's work, it is what was wrong with it
        return shaped && !(before.equals("a") || before.equals("an")) || shaped && !carriedByPersonsWork(t, i);
    }

    /** A carrier ("had", "contained") before the word, in a clause whose subject is "you" or the person's work. */
    private boolean carriedByPersonsWork(Tokens t, int i) {
        if (!carried(t, i)) return false;
        int clause = grammar.clauseStart(t, i);
        for (int k = clause; k < i; k++) {
            if (t.quoted[k]) continue;
            if (t.word[k].equals("you") || lang.possessives.contains(t.word[k]) && !t.word[k].equals("our") && !t.word[k].equals("my")) return true;
        }
        return false;
    }

    /** "the deck HAD three typos": a problem noun counts when something carried or caused it. */
    boolean carried(Tokens t, int i) {
        int first = Math.max(t.sentenceStart(i), i - CARRIER_WINDOW);
        for (int k = i - 1; k >= first; k--) {
            if (t.isPunct(k) && Grammar.isClauseMark(t.word[k])) return false;
            if (lang.defectCarriers.endingAt(t, k) != null) return true;
        }
        return false;
    }

    /** "no errors", "you fixed the bug", "the import broke and you fixed it". */
    private boolean neutralized(Tokens t, int i, int to) {
        int first = Math.max(t.sentenceStart(i), i - NEUTRALIZER_WINDOW);
        for (int k = i - 1; k >= first; k--) {
            if (t.isPunct(k) && Grammar.isClauseMark(t.word[k])) break;
            if (lang.neutralizers.endingAt(t, k) != null) return true;
        }
        int last = grammar.clauseEnd(t, to - 1);
        for (int k = to; k < last; k++) {
            var remedy = lang.neutralizers.startingAt(t, k);
            if (remedy != null && !remedy.tag().equals("before")) return true;
        }
        return false;
    }

    /**
     * A problem that sets the scene for what the person did: in a clause opened by "when", "after" and the like
     * whose subject is a thing ("When the deploy failed, you rolled back"), or in a clause that names no person
     * while another clause of the sentence has the person acting ("the bot confused the customer, and you
     * called them").
     */
    boolean inBackground(Tokens t, int i) {
        int clause = grammar.clauseStart(t, i);
        if (clause > 0 && lang.backgroundOpeners.contains(t.word(clause - 1))) {
            int subject = grammar.clauseSubject(t, clause, i + 1);
            return subject < 0 || !grammar.isPerson(t, subject);
        }
        int end = grammar.clauseEnd(t, i);
        for (int k = clause; k < end; k++) {
            if (grammar.isPerson(t, k) || lang.possessives.contains(t.word[k])) return false;
        }
        int first = t.sentenceStart(i);
        int last = t.sentenceEnd(i);
        for (int k = first; k < last; k++) {
            if (k >= clause && k < end) continue;
            if (k == first || t.isPunct(k - 1) && Grammar.isClauseMark(t.word[k - 1])) {
                int subject = grammar.clauseSubject(t, k, Math.min(last, k + 3));
                if (subject >= 0 && lang.personPronouns.contains(t.word[subject]) && !lang.negations.contains(t.word(subject + 1))
                        && !lang.negations.contains(t.word(subject + 2))) {
                    return true;
                }
            }
        }
        return false;
    }
}
