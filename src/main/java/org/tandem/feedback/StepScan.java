package org.tandem.feedback;

/**
 * Finds suggested next steps: a marker ("next time", "could you", "I'd suggest", "let's", "consider") or an
 * imperative opening a sentence ("Share the agenda a day ahead"). From the marker to the end of its sentence
 * is a step clause. A step is concrete when it names something to do; "try to be more proactive" only
 * restates the wish and does not count.
 */
final class StepScan {

    record Steps(boolean[] inStep, boolean concrete) {
    }

    private final FeedbackLanguage lang;

    StepScan(FeedbackLanguage lang) {
        this.lang = lang;
    }

    Steps scan(Tokens t) {
        boolean[] inStep = new boolean[t.size];
        boolean concrete = false;
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || t.quoted[i] || inStep[i]) continue;
            int content = stepContentAt(t, i);
            if (content < 0) continue;
            int end = t.sentenceEnd(i);
            for (int k = i; k < end; k++) inStep[k] = true;
            if (!concrete) concrete = content == Integer.MAX_VALUE || isConcrete(t, content, end);
        }
        return new Steps(inStep, concrete);
    }

    /**
     * Where the content of a step starting at {@code i} begins, {@link Integer#MAX_VALUE} for an open coaching
     * question, or -1 when no step starts here.
     */
    private int stepContentAt(Tokens t, int i) {
        var marker = lang.nextSteps.startingAt(t, i);
        if (marker != null && !notAStep(t, i, marker.words().length)) {
            return marker.tag().equals("open") ? Integer.MAX_VALUE : i + marker.words().length;
        }
        if (!opensSentence(t, i)) return -1;
        String w = t.word[i];
        if (w.equals("do") && t.word(i + 1).equals("n't") || w.equals("don't")) return i + 2;
        if (w.equals("be") && !t.isPunct(i + 1)) return i;
        String tag = lang.imperatives.tagOf(w);
        if (tag == null) return -1;
        String next = t.word(i + 1);
        if (lang.copulas.contains(next) || lang.auxiliaries.contains(next) && !next.equals("to")) return -1;
        if (tag.equals("?") && !lang.objectStarters.contains(next)) return -1;
        return i;
    }

    /** "should have" looks back; "I consider", "I can't" and "let me know" are no steps either. */
    private boolean notAStep(Tokens t, int i, int length) {
        String after = t.word(i + length);
        if (after.equals("have") || after.equals("'ve") || after.equals("n't") || after.equals("not")) return true;
        String first = t.word[i];
        if (first.equals("consider") || first.equals("try")) {
            String before = t.word(i - 1);
            return lang.personPronouns.contains(before) || before.equals("i") || before.equals("we");
        }
        return false;
    }

    private boolean opensSentence(Tokens t, int i) {
        int k = i - 1;
        int first = t.sentenceStart(i);
        while (k >= first) {
            if (t.isWord(k) && !lang.discourse.contains(t.word[k])) return false;
            k--;
        }
        return true;
    }

    private boolean isConcrete(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.quoted[k] || t.hasDigit(k)) return true;
            if (!t.isWord(k)) continue;
            String w = t.word[k];
            if (lang.vagueWords.contains(w) || lang.determiners.contains(w) || lang.objectStarters.contains(w)
                    || lang.praise.contains(w) || lang.traits.contains(w) || lang.intensifiers.contains(w)) continue;
            String before = t.word(k - 1);
            if ((before.equals("more") || before.equals("less")) && !lang.situations.contains(w)) continue;
            return true;
        }
        return false;
    }
}
