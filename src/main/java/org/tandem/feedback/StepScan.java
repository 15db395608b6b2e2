package org.tandem.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds suggested next steps: a marker ("next time", "could you", "I'd suggest", "let's", "consider") or an
 * imperative opening a sentence ("Share the agenda a day ahead"). From the marker to the end of its sentence
 * is a step clause. A step is concrete when it names something to do; "try to be more proactive" only
 * restates the wish and does not count.
 */
final class StepScan {

    private static final Set<String> SUBJECTS = Set.of("you", "we", "i", "it", "they", "u");

    private static final Set<String> STATE_HEADS = Set.of("be", "become", "improve", "seem", "appear", "sound");

    private static final Set<String> OFFERING_MODALS =
            Set.of("would", "could", "can", "shall", "should", "will", "may", "might");

    private static final Set<String> LOOK_BACK_MODALS = Set.of("should", "could", "would", "must", "might");

    /** Words between a question's subject and its verb that do not change what it asks: "Could you not have…?" */
    private static final Set<String> QUESTION_ADVERBS = Set.of("not", "n't", "really", "just", "honestly", "seriously", "even", "at");

    private static final Set<String> LEAD_INS =
            Set.of("to", "try", "please", "just", "really", "always", "maybe", "perhaps", "simply");

    /**
     * {@code wishes}: steps that only wish for a state or a degree ("be more careful", "improve your timekeeping",
     * "communicate better with the team"). Wishing for more of something says there is too little of it now, so
     * such a step is itself criticism.
     */
    record Steps(boolean[] inStep, boolean concrete, List<Mark> wishes) {
    }

    private final FeedbackLanguage lang;
    private final Grammar grammar;

    StepScan(FeedbackLanguage lang, Grammar grammar) {
        this.lang = lang;
        this.grammar = grammar;
    }

    Steps scan(Tokens t) {
        boolean[] inStep = new boolean[t.size];
        boolean concrete = false;
        List<Mark> wishes = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || t.quoted[i] || inStep[i]) continue;
            int content = stepContentAt(t, i);
            if (content < 0) continue;
            int end = stepEnd(t, i);
            int from = content == Integer.MAX_VALUE ? i : Math.min(i, content);
            for (int k = from; k < end; k++) inStep[k] = true;
            boolean named = content == Integer.MAX_VALUE || isConcrete(t, content, end);
            if (!named && content != Integer.MAX_VALUE && isWish(t, content, end)) wishes.add(new Mark(from, end, Mark.Polarity.CRITICISM));
            if (!concrete) concrete = named;
        }
        return new Steps(inStep, concrete, wishes);
    }

    /**
     * Where the content of a step starting at {@code i} begins, {@link Integer#MAX_VALUE} for an open coaching
     * question, or -1 when no step starts here.
     */
    private int stepContentAt(Tokens t, int i) {
        int asked = requestedAt(t, i);
        if (asked >= 0) return asked;
        var marker = lang.nextSteps.startingAt(t, i);
        if (marker != null && !notAStep(t, i, marker.words().length)) {
            if (marker.tag().equals("open")) return Integer.MAX_VALUE;
            int after = i + marker.words().length;
            return closesSentence(t, after) ? t.sentenceStart(i) : after;
        }
        if (!opensSentence(t, i) && !opensClause(t, i)) return -1;
        int offered = offeringQuestion(t, i);
        if (offered >= 0) return offered;
        String w = t.word[i];
        if (w.equals("do") && t.word(i + 1).equals("n't") || w.equals("don't")) return i + 2;
        if (w.equals("be") && !t.isPunct(i + 1)) return i;
        String tag = lang.imperatives.tagOf(w);
        if (tag == null) return opensSentence(t, i) && unlistedImperative(t, i) ? i : -1;
        String next = t.word(i + 1);
        if (lang.copulas.contains(next) || lang.auxiliaries.contains(next) && !next.equals("to")) return -1;
        if (tag.equals("?") && !lang.objectStarters.contains(next)) return -1;
        return i;
    }

    /** Words that open a sentence without being a verb: prepositions, conjunctions, question words, greetings. */
    private static final Set<String> NOT_VERBS = Set.of("in", "on", "at", "for", "with", "without", "after", "before",
            "during", "from", "to", "by", "about", "over", "under", "since", "until", "till", "through", "across", "despite",
            "like", "unlike", "per", "via", "as", "because", "of", "between", "among", "within", "around", "behind",
            "beyond", "into", "onto", "toward", "towards", "upon", "near", "and", "but", "or", "so", "yet", "if", "when",
            "while", "although", "though", "once", "whereas", "unless", "what", "how", "which", "who", "why", "where",
            "whose", "thank", "sorry", "dear", "hello", "hi", "hey", "shame", "pity", "wow", "oh", "ah", "hmm", "meh",
            "yes", "no", "not", "only", "even", "just", "still", "here", "there", "now", "then", "again", "both", "either",
            "neither", "such", "same", "other", "another", "first", "last", "next", "all", "half", "most", "more", "less",
            "maybe", "perhaps", "instead", "meanwhile", "otherwise", "afterwards", "anyway", "besides", "plus", "overall",
            "today", "tonight", "yesterday", "tomorrow", "earlier", "later", "this", "that", "these", "those", "its", "there's", "what's", "whilst");

    /** What an unlisted verb's object may start with: an article, a possessive, a pointing word or a pronoun. */
    private static final Set<String> OBJECT_HEADS = Set.of("the", "a", "an", "your", "it", "them", "this", "that", "these", "those",
            "each", "every", "all", "any", "some", "both", "her", "him", "his", "their", "our", "my");

    /**
     * "Revert that part…", "Rotate the keys tonight.", "Label each box with the date.": a sentence that opens with a
     * bare verb the list does not hold, by its shape: a plain lower-case word (no "-s", "-ed", "-ing" or "-ly" ending)
     * that is no known noun, adjective, preposition or other word class of the lists, directly followed by the start
     * of its object (an article, a possessive, a pointing word or a pronoun; not a number, which follows labels such
     * as "Figure 3"), in a sentence that is no question.
     */
    private boolean unlistedImperative(Tokens t, int i) {
        String w = t.word[i];
        if (t.kind[i] != Tokens.Kind.WORD || w.length() < 3 || t.quoted[i] || NOT_VERBS.contains(w)) return false;
        if (w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly")
                || w.indexOf('-') >= 0 || w.indexOf('\'') >= 0) return false;
        // not before a number: "Figure 3 of your draft", "Participant 7 said" are labels
        if (!OBJECT_HEADS.contains(t.word(i + 1))) return false;
        if (lang.praise.contains(w) || lang.criticism.contains(w) || lang.traits.contains(w) || lang.situations.contains(w)
                || lang.genericNouns.contains(w) || lang.determiners.contains(w) || lang.timePoints.contains(w)
                || lang.discourse.contains(w) || lang.negations.contains(w) || lang.absolutes.contains(w)
                || lang.personPronouns.contains(w) || lang.personNouns.contains(w) || lang.copulas.contains(w)
                || lang.auxiliaries.contains(w) || lang.quantities.contains(w) || lang.possessives.contains(w)
                || lang.intensifiers.contains(w) || lang.directiveModals.contains(w) || lang.clauseOpeners.contains(w)
                || lang.pastIrregular.contains(w) || lang.outcomes.contains(w) || lang.vagueWords.contains(w)
                || lang.hedges.contains(w) || lang.backgroundOpeners.contains(w) || lang.reportingVerbs.contains(w)
                || lang.judgeVerbs.contains(w) || lang.exampleMarkers.contains(w) || lang.roleNouns.contains(w)) return false;
        int end = t.sentenceEnd(i);
        for (int k = i + 1; k < end; k++) {
            if (t.isPunct(k) && t.word[k].equals("?")) return false;
        }
        return true;
    }

    /**
     * "I'd ask you to send the minutes", "I need you to call the family", "we expect you to log it": the writer
     * wants the person to do something, whatever the verb of wanting. The step's content starts after "to".
     */
    private int requestedAt(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("i") || w.equals("we"))) return -1;
        int verb = i + 1;
        if (t.word(verb).equals("'d") || t.word(verb).equals("would") || t.word(verb).equals("really")) verb++;
        if (!t.isWord(verb) || lang.negations.contains(t.word(verb)) || lang.copulas.contains(t.word(verb))
                || lang.auxiliaries.contains(t.word(verb))) return -1;
        if (!(t.word(verb + 1).equals("you") && t.word(verb + 2).equals("to") && t.isWord(verb + 3))) return -1;
        return verb + 3;
    }

    /** "should have" looks back; "I consider", "I can't" and "let me know" are no steps either. */
    private boolean notAStep(Tokens t, int i, int length) {
        String after = t.word(i + length);
        if (after.equals("have") || after.equals("'ve") || after.equals("n't") || after.equals("not")) return true;
        // "should of told me", "could of asked": "have" as it is often written, still a look back
        if (after.equals("of") && LOOK_BACK_MODALS.contains(t.word(i + length - 1))) return true;
        String first = t.word[i];
        if (first.equals("consider") || first.equals("try")) {
            String before = t.word(i - 1);
            return lang.personPronouns.contains(before) || before.equals("i") || before.equals("we");
        }
        return false;
    }

    /**
     * The mood of a question that offers a step: it ends with a question mark and opens with a modal followed by
     * its subject ("Would it help to keep a checklist?", "Can we pair on it?", "Should I book the room?"). The
     * step's content starts after the subject. A question that looks back ("Could you have asked?") is none.
     */
    private int offeringQuestion(Tokens t, int i) {
        if (!OFFERING_MODALS.contains(t.word[i])) return -1;
        int end = t.sentenceEnd(i);
        int last = end - 1;
        while (last > i && !t.isWord(last) && !t.word[last].equals("?")) last--;
        if (!t.word[last].equals("?")) return -1;
        int subject = i + 1;
        if (t.word(subject).equals("n't")) subject++;
        if (!SUBJECTS.contains(t.word(subject))) return -1;
        int verb = subject + 1;
        while (QUESTION_ADVERBS.contains(t.word(verb)) && !t.word(verb + 1).isEmpty()) verb++;
        // "Could you not have just asked someone?", "Should you really have sent it?": a question that looks back
        if (t.word(verb).equals("have") || t.word(verb).equals("'ve")) return -1;
        return subject + 1;
    }

    /** Only punctuation until the end of the sentence: a marker put last ("ask Julia to check, next time."). */
    private static boolean closesSentence(Tokens t, int k) {
        int end = t.sentenceEnd(Math.max(0, k - 1));
        for (int j = k; j < end; j++) {
            if (t.isWord(j)) return false;
        }
        return true;
    }

    /**
     * "be more confident in front of the class", "improve your product knowledge": the head verb of the step
     * asks for a state or for "better", not for something to do, whatever follows it.
     */
    private static boolean wishesAState(Tokens t, int from, int to) {
        int k = from;
        while (k < to && (!t.isWord(k) || LEAD_INS.contains(t.word[k]) || NOT_BEFORE_A_STATE.contains(t.word[k]))) k++;
        if (k >= to) return false;
        String w = t.word[k];
        // "please stop being so rude", "don't be so cynical", "try harder", "seem more sure of yourself",
        // "come across as more professional": a state or an effort wished for, nothing named to do
        if (w.equals("stop") && t.word(k + 1).equals("being") || w.equals("harder")) return true;
        if (w.equals("come") && t.word(k + 1).equals("across")) return true;
        return STATE_HEADS.contains(w);
    }

    private static final Set<String> NOT_BEFORE_A_STATE = Set.of("do", "n't", "don't", "not");

    /** "engage the students more", "work more independently", "communicate better": the step ends on the wish. */
    private static boolean endsOnAWish(Tokens t, int from, int to) {
        int last = to - 1;
        while (last >= from && !t.isWord(last)) last--;
        if (last <= from) return false;
        String w = t.word[last];
        if (w.length() > 4 && w.endsWith("ly") && !w.equals("early")) {
            w = t.word(last - 1);
            last--;
        }
        if (!(w.equals("more") || w.equals("better") || w.equals("less"))) return false;
        int words = 0;
        for (int k = from; k < last; k++) {
            if (t.hasDigit(k) || t.quoted[k]) return false;
            if (t.isWord(k) && !LEAD_INS.contains(t.word[k])) words++;
        }
        return words <= 4;
    }

    /**
     * A step runs to the end of its sentence, or to a semicolon: "You could be more concise; please keep your
     * updates to five lines" holds two clauses, each with its own mood.
     */
    private static int stepEnd(Tokens t, int i) {
        int end = t.sentenceEnd(i);
        for (int k = i + 1; k < end; k++) {
            if (t.isPunct(k) && t.word[k].equals(";")) return k;
        }
        return end;
    }

    /**
     * The imperative mood also opens a clause inside a sentence: after a semicolon or colon ("…could be easier to
     * read; label every axis"), or after a short fronted adverbial and its comma ("Next lesson, put a timer on the
     * board"), one with no person in it, so "In Friday's lesson, you…" stays a statement.
     */
    private boolean opensClause(Tokens t, int i) {
        int k = i - 1;
        while (k >= 0 && t.isWord(k) && lang.discourse.contains(t.word[k])) k--;
        if (k < 0 || !t.isPunct(k)) return false;
        String mark = t.word[k];
        if (mark.equals(";") || mark.equals(":")) return true;
        if (!mark.equals(",")) return false;
        int first = t.sentenceStart(i);
        if (k - first > FRONTED_ADVERBIAL || k == first) return false;
        for (int j = first; j < k; j++) {
            if (!t.isWord(j)) return false;
            if (lang.personPronouns.contains(t.word[j]) || grammar.isPerson(t, j) || lang.copulas.contains(t.word[j])) return false;
        }
        return true;
    }

    private static final int FRONTED_ADVERBIAL = 4;

    private boolean opensSentence(Tokens t, int i) {
        int k = i - 1;
        int first = t.sentenceStart(i);
        while (k >= first) {
            if (t.isWord(k) && !lang.discourse.contains(t.word[k])) return false;
            k--;
        }
        return true;
    }

    /** A step that only wishes for a state or a degree ("be more careful", "communicate better with the team"). */
    private static boolean isWish(Tokens t, int from, int to) {
        return endsOnAWish(t, from, to) || wishesAState(t, from, to) || wishesADegree(t, from, to);
    }

    /**
     * "communicate better with the team", "listen more to the customers", "work on your communication": the head
     * verb is graded by "better", "more" or "less" with no object of its own, or it is "work on": the step asks
     * for more of what the person does, not for something to do. "Write more tests" names its object and is a step.
     */
    private static boolean wishesADegree(Tokens t, int from, int to) {
        int k = from;
        while (k < to && (!t.isWord(k) || LEAD_INS.contains(t.word[k]))) k++;
        if (k + 1 >= to) return false;
        // "reflect on how it was perceived", "think about how you come across": a state of mind, whatever its length
        if (t.word[k].equals("reflect") && t.word(k + 1).equals("on") || t.word[k].equals("think") && t.word(k + 1).equals("about")) {
            for (int j = k + 2; j < to; j++) {
                if (t.hasDigit(j) || t.quoted[j]) return false;
            }
            return true;
        }
        if (t.word[k].equals("work") && t.word(k + 1).equals("on")) {
            for (int j = k + 2; j < to; j++) {
                if (t.hasDigit(j) || t.quoted[j]) return false;
            }
            return to - k <= 6;
        }
        String graded = t.word(k + 1);
        if (!(graded.equals("better") || graded.equals("more") || graded.equals("less"))) return false;
        int after = k + 2;
        if (after >= to || !t.isWord(after) || WISH_PREPOSITIONS.contains(t.word[after])) return true;
        // "show more initiative", "take more ownership of the services", "pay more attention in the yard": more of
        // an uncountable quality (one word, no plural, nothing counted) is a degree too; "write more tests" is a step
        String quality = t.word[after];
        boolean countable = quality.endsWith("s") && !quality.endsWith("ss") || t.hasDigit(after) || t.quoted[after];
        if (countable || quality.length() <= 3 || quality.endsWith("ing")) return false;
        if (!(after + 1 >= to || !t.isWord(after + 1) || WISH_PREPOSITIONS.contains(t.word[after + 1]) || t.word[after + 1].equals("of"))) {
            return false;
        }
        // a short tail at most ("with your clients"), nothing counted: "write more detail in the handover for bay 3" is a step
        int tail = 0;
        for (int j = after + 1; j < to; j++) {
            if (t.hasDigit(j) || t.quoted[j]) return false;
            if (t.isWord(j)) tail++;
        }
        return tail <= 3;
    }

    private static final Set<String> WISH_PREPOSITIONS = Set.of("with", "to", "in", "on", "at", "during", "when", "and", "please");

    private boolean isConcrete(Tokens t, int from, int to) {
        if (endsOnAWish(t, from, to) || wishesADegree(t, from, to)) return false;
        if (wishesAState(t, from, to)) {
            for (int k = from; k < to; k++) {
                if (t.quoted[k] || t.hasDigit(k)) return true;
            }
            return false;
        }
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
