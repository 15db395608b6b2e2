package org.tandem.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds absolutes that characterise a person: "you always interrupt", "she's constantly late",
 * "you interrupt every single time", "in every meeting". Silent when the absolute is about a thing
 * ("the build never fails on main"), reported or quoted ("you mentioned always testing on staging"),
 * part of a rule ("never deploy on Fridays is our rule"), advice ("you should never..."), hedged
 * ("almost always", "not always"), or about the writer ("I always learn from your reviews").
 */
final class AbsoluteCheck {

    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "from", "with", "by", "about");

    /** How far a rule word or a reporting verb may be from the absolute and still count (same sentence). */
    private static final int SENTENCE_WINDOW = 40;

    private final FeedbackLanguage lang;
    private final Grammar grammar;

    AbsoluteCheck(FeedbackLanguage lang, Grammar grammar) {
        this.lang = lang;
        this.grammar = grammar;
    }

    List<Mark> find(Tokens t) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || t.quoted[i]) continue;
            int to = markerEnd(t, i);
            if (to < 0) continue;
            String kind = markerKind(t, i);
            if (!hedged(t, i) && !noNeed(t, i, to) && !reportedOrRule(t, i) && aboutPerson(t, i, to, kind)) {
                marks.add(new Mark(i, to, Mark.Polarity.NEUTRAL));
            }
            i = to - 1;
        }
        return marks;
    }

    /**
     * End of an absolute starting at {@code i}, or -1. Besides the list, by grammar: a quantifier over occasions
     * that closes a clause ("every single X", "each and every day", "in every meeting", "at every standup").
     */
    private int markerEnd(Tokens t, int i) {
        var phrase = lang.absolutes.startingAt(t, i);
        if (phrase != null) return i + phrase.words().length;
        String w = t.word[i];
        if ((w.equals("every") || w.equals("each")) && t.word(i + 1).equals("single") && t.isWord(i + 2)) return i + 3;
        if (w.equals("each") && t.word(i + 1).equals("and") && t.word(i + 2).equals("every")) {
            int noun = t.word(i + 3).equals("single") ? i + 4 : i + 3;
            return t.isWord(noun) ? noun + 1 : -1;
        }
        if ((w.equals("in") || w.equals("at") || w.equals("during") || w.equals("on")) && t.word(i + 1).equals("every")) {
            int occasion = occasionEnd(t, i + 2);
            if (occasion > 0) return occasion;
        }
        if (w.equals("every") && (i == 0 || !t.isWord(i - 1) || !PREPOSITIONS.contains(t.word[i - 1]))) {
            // "you complain every day": only a unit of time, since "you answered every ticket" counts, not judges
            int unit = i + 1;
            if (t.isWord(unit) && lang.staleUnits.contains(t.word[unit]) && (unit + 1 >= t.size || !t.isWord(unit + 1))) return unit + 1;
        }
        return -1;
    }

    /** A situation ("meeting", "handover") or a unit of time ("day", "week"): what "every" counts over. */
    private int occasionEnd(Tokens t, int k) {
        var noun = lang.situations.startingAt(t, k);
        if (noun != null) return k + noun.words().length;
        if (t.isWord(k) && lang.staleUnits.contains(t.word[k])) return k + 1;
        return -1;
    }

    private String markerKind(Tokens t, int i) {
        var phrase = lang.absolutes.startingAt(t, i);
        return phrase == null ? "post" : phrase.tag();
    }

    /** "never had to guess", "never needs to ask": no need arose, nobody's habit is judged. */
    private boolean noNeed(Tokens t, int i, int to) {
        if (!t.word[i].equals("never")) return false;
        String next = t.word(to);
        return next.startsWith("need") || (next.equals("had") || next.equals("has") || next.equals("have")) && t.word(to + 1).equals("to");
    }

    private boolean hedged(Tokens t, int i) {
        return i > 0 && lang.hedges.contains(t.word[i - 1]);
    }

    private boolean reportedOrRule(Tokens t, int i) {
        int from = Math.max(t.sentenceStart(i), i - SENTENCE_WINDOW);
        int to = Math.min(t.sentenceEnd(i), i + SENTENCE_WINDOW);
        for (int k = from; k < to; k++) {
            if (!t.isWord(k)) continue;
            if (lang.ruleNouns.contains(t.word[k])) return true;
            if (k < i && lang.reportingVerbs.startingAt(t, k) != null) return true;
        }
        return false;
    }

    private boolean aboutPerson(Tokens t, int i, int to, String kind) {
        if (!kind.equals("post")) {
            int j = i - 1;
            int steps = 0;
            while (j >= 0 && t.isWord(j) && steps < 5) {
                String w = t.word[j];
                if (grammar.isPerson(t, j)) return true;
                if (lang.directiveModals.contains(w) || w.equals("can") || lang.negations.contains(w)) return false;
                var aux = lang.auxiliaries.endingAt(t, j);
                if (aux != null) {
                    j -= aux.words().length;
                } else if (lang.copulas.contains(w)) {
                    j--;
                } else if (w.equals("and") || w.equals("or") || w.equals("but")) {
                    return clauseSubjectIsPerson(t, i);
                } else {
                    break;
                }
                steps++;
            }
            // "you forget always to close the tickets", "she helps always everybody": the absolute put after the
            // verb, as many writers whose first language is not English place it
            if (afterTheVerbOfAPronoun(t, i)) return true;
            if (kind.equals("pre")) return false;
        }
        int clause = grammar.clauseStart(t, i);
        if (grammar.clauseSubject(t, clause, i) < 0) {
            // "you keep forgetting the handover, every single shift": a tail after a comma qualifies the clause before
            int mark = clause - 1;
            if (mark > t.sentenceStart(i) && t.word[mark].equals(",") && grammar.clauseSubject(t, t.sentenceStart(i), mark) >= 0
                    && clauseSubjectIsPerson(t, mark - 1)) {
                return true;
            }
            return leadsIntoPersonClause(t, to);
        }
        return clauseSubjectIsPerson(t, i);
    }

    private boolean afterTheVerbOfAPronoun(Tokens t, int i) {
        int verb = i - 1;
        int subject = i - 2;
        if (subject < 0 || !t.isWord(verb) || !t.isWord(subject) || t.quoted[subject]) return false;
        String s = t.word[subject];
        if (!(s.equals("you") || s.equals("he") || s.equals("she") || s.equals("they"))) return false;
        String v = t.word[verb];
        return !lang.auxiliaries.contains(v) && !lang.copulas.contains(v) && !lang.directiveModals.contains(v)
                && !lang.negations.contains(v) && !lang.hedges.contains(v) && !v.equals("can") && !lang.reportingVerbs.contains(v)
                && !lang.judgeVerbs.contains(v) && t.kind[verb] == Tokens.Kind.WORD;
    }

    private boolean clauseSubjectIsPerson(Tokens t, int i) {
        int clause = grammar.clauseStart(t, i);
        int subject = grammar.clauseSubject(t, clause, i);
        return subject >= 0 && grammar.isPerson(t, subject);
    }

    /** "Every single time we talk about testing, you change the subject": the marker opens the sentence. */
    private boolean leadsIntoPersonClause(Tokens t, int to) {
        int end = t.sentenceEnd(to - 1);
        int k = to;
        while (k < end && !(t.isPunct(k) && t.word[k].equals(","))) k++;
        if (k >= end) {
            // no comma: "Every time you forget to close the door", "Every time we plan the sprint you bring new work"
            for (int j = to; j < end; j++) {
                if (t.isWord(j) && !t.quoted[j] && lang.personPronouns.contains(t.word[j]) && t.isWord(j + 1)) return true;
            }
            return false;
        }
        int subject = grammar.clauseSubject(t, k + 1, end);
        return subject >= 0 && grammar.isPerson(t, subject);
    }
}
