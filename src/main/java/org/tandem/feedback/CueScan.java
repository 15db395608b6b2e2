package org.tandem.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the feedback evaluates and whether it is anchored. Evaluative cues are praise ("great job"),
 * criticism ("the totals were wrong", "you didn't update the ticket", "needs improvement") and trait words.
 * Anchors are what make a point concrete: a situation or piece of work pointed at ("yesterday's demo",
 * "your write-up"), a number, a particular day, a quote, an identifier, or "when you did X". Anchors inside
 * a suggested step do not count: they describe the step, not what happened.
 */
final class CueScan {

    record Cues(List<Mark> evaluative, List<Mark> critical, boolean anchored) {
    }

    private static final int NEUTRALIZER_WINDOW = 3;
    private static final int CARRIER_WINDOW = 4;

    private final FeedbackLanguage lang;
    private final Grammar grammar;

    CueScan(FeedbackLanguage lang, Grammar grammar) {
        this.lang = lang;
        this.grammar = grammar;
    }

    Cues scan(Tokens t, boolean[] inStep, List<Mark> traits, List<Mark> absolutes) {
        boolean[] notPraise = covered(t, lang.praiseExceptions);
        boolean[] notCriticism = covered(t, lang.criticismExceptions);
        List<Mark> evaluative = new ArrayList<>();
        List<Mark> critical = new ArrayList<>();
        for (Mark trait : traits) {
            evaluative.add(trait);
            if (trait.polarity() == Mark.Polarity.CRITICISM) critical.add(trait);
        }
        evaluative.addAll(absolutes);
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || t.quoted[i]) continue;
            var praise = notPraise[i] ? null : lang.praise.startingAt(t, i);
            if (praise != null) {
                int to = i + praise.words().length;
                if (negated(t, i)) {
                    var mark = new Mark(i - 1, to, Mark.Polarity.CRITICISM);
                    evaluative.add(mark);
                    if (!inStep[i]) critical.add(mark);
                } else {
                    evaluative.add(new Mark(i, to, Mark.Polarity.PRAISE));
                }
                i = to - 1;
                continue;
            }
            var criticism = notCriticism[i] ? null : criticismAt(t, i);
            if (criticism != null) {
                int to = i + criticism.words().length;
                if (counts(t, i, to, criticism.tag(), inStep)) {
                    var mark = new Mark(i, to, Mark.Polarity.CRITICISM);
                    evaluative.add(mark);
                    critical.add(mark);
                }
                i = to - 1;
                continue;
            }
            int wish = comparativeWishEnd(t, i);
            if (wish > 0) {
                var mark = new Mark(i, wish, Mark.Polarity.CRITICISM);
                evaluative.add(mark);
                critical.add(mark);
                i = wish - 1;
                continue;
            }
            int lack = lackEnd(t, i);
            if (lack > 0 && !inStep[i] && !inBackground(t, i)) {
                var mark = new Mark(i, lack, Mark.Polarity.CRITICISM);
                evaluative.add(mark);
                critical.add(mark);
                i = lack - 1;
                continue;
            }
            if (!inStep[i] && negatedAction(t, i)) {
                var mark = new Mark(i, Math.min(i + 2, t.size), Mark.Polarity.CRITICISM);
                evaluative.add(mark);
                critical.add(mark);
            }
        }
        boolean[] notAnchor = inStep.clone();
        for (Mark absolute : absolutes) {
            int to = grammar.clauseEnd(t, absolute.from());
            for (int k = absolute.from(); k < to; k++) notAnchor[k] = true;
        }
        return new Cues(evaluative, critical, anchored(t, notAnchor));
    }

    /** A criticism phrase, or a negative trait word said of work ("the plan was disorganized"). */
    private PhraseSet.Phrase criticismAt(Tokens t, int i) {
        var phrase = lang.criticism.startingAt(t, i);
        if (phrase != null) return phrase;
        var trait = lang.traits.startingAt(t, i);
        if (trait != null && trait.tag().startsWith("-")) return new PhraseSet.Phrase(trait.words(), "strong");
        return null;
    }

    private boolean counts(Tokens t, int i, int to, String tag, boolean[] inStep) {
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

    /** "could be clearer", "should be more concise", "needs to be faster": a wish for more of something. */
    private int comparativeWishEnd(Tokens t, int i) {
        String w = t.word[i];
        int be;
        if (w.equals("could") || w.equals("should")) be = i + 1;
        else if ((w.equals("need") || w.equals("needs")) && t.word(i + 1).equals("to")) be = i + 2;
        else return -1;
        if (!t.word(be).equals("be")) return -1;
        String next = t.word(be + 1);
        if (next.equals("more") || next.equals("less")) return t.isWord(be + 2) ? be + 3 : -1;
        if (next.length() > 4 && next.endsWith("er") && t.kind[be + 1] == Tokens.Kind.WORD) return be + 2;
        return -1;
    }

    /** "had no tests", "with no description": missing something; not "had no downtime". */
    private int lackEnd(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("no") || w.equals("zero"))) return -1;
        if (!carried(t, i) && !t.word(i - 1).equals("with")) return -1;
        int noun = i + 1;
        if (!t.isWord(noun) || lang.criticism.startingAt(t, noun) != null) return -1;
        return noun + 1;
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
        return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en") || w.equals("lost") || lang.traits.contains(w);
    }

    /** "not great", "not your best work", "wasn't very good". */
    private boolean negated(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = t.word[k];
            if (lang.negations.contains(w)) return true;
            if (!(lang.possessives.contains(w) || lang.intensifiers.contains(w) || lang.determiners.contains(w))) return false;
        }
        return false;
    }

    /** "the deck HAD three typos": a problem noun counts when something carried or caused it. */
    private boolean carried(Tokens t, int i) {
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
    private boolean inBackground(Tokens t, int i) {
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

    /** "you didn't update the ticket", "he never listens"; not "you never miss" or "you don't need to". */
    private boolean negatedAction(Tokens t, int i) {
        if (!lang.negations.contains(t.word[i])) return false;
        int j = i - 1;
        int steps = 0;
        while (j >= 0 && t.isWord(j) && steps < 3 && !grammar.isPerson(t, j)
                && (lang.auxiliaries.contains(t.word[j]) || lang.copulas.contains(t.word[j]))) {
            j--;
            steps++;
        }
        if (j < 0 || !t.isWord(j) || j == i - 1 && !grammar.isPerson(t, j)) return false;
        if (!grammar.isPerson(t, j) && !ownedByPerson(t, j)) return false;
        int k = i + 1;
        while (k < t.size && t.isWord(k) && isAdverb(t.word[k])) k++;
        if (!t.isWord(k)) return false;
        if (lang.negationExceptions.startingAt(t, k) != null) return false;
        if (lang.criticism.startingAt(t, k) != null || lang.praise.startingAt(t, k) != null) return false;
        return !lang.traits.contains(t.word[k]) && !t.word[k].equals("a") && !t.word[k].equals("only");
    }

    /** "the note you wrote didn't mention...", "your PR doesn't...": the thing is the person's work. */
    private boolean ownedByPerson(Tokens t, int j) {
        int clause = grammar.clauseStart(t, j);
        int first = grammar.clauseSubject(t, clause, j + 1);
        if (first < 0 || !(lang.determiners.contains(t.word[first]) || lang.possessives.contains(t.word[first]))) return false;
        for (int k = first; k <= j; k++) {
            if (t.quoted[k]) continue;
            if (lang.possessives.contains(t.word[k]) || t.word[k].equals("you")) return true;
        }
        return false;
    }

    private static boolean isAdverb(String w) {
        return switch (w) {
            case "even", "really", "always", "ever", "once", "yet", "actually", "quite", "fully", "be", "been" -> true;
            default -> false;
        };
    }

    /** Whether anything outside suggested steps and generalisations ("you always miss the standup") is concrete. */
    private boolean anchored(Tokens t, boolean[] ignored) {
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
    private boolean isCount(Tokens t, int i) {
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
            if (lang.determiners.contains(w) || w.equals("'s") || isTimePoint(t, k)) return true;
            if (t.capitalized[k] && !t.firstWordOfSentence(k) && !w.equals("i")) return true;
            if (isPreposition(w)) return false;
        }
        return false;
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

    private static boolean[] covered(Tokens t, PhraseSet exceptions) {
        boolean[] covered = new boolean[t.size];
        for (int i = 0; i < t.size; i++) {
            int length = exceptions.lengthAt(t, i);
            for (int k = i; k < i + length; k++) covered[k] = true;
        }
        return covered;
    }
}
