package org.tandem.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what the feedback evaluates and whether it is anchored. Evaluative cues are praise ("great job"),
 * criticism ("the totals were wrong", "you didn't update the ticket", "needs improvement"), trait judgements
 * and absolutes. Anchors (see {@link AnchorScan}) inside a suggested step or after an absolute do not count:
 * they describe the step or the habit, not what happened.
 */
final class CueScan {

    private static final Set<String> TIME_UNITS = Set.of("minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "month", "months", "mins", "min", "hrs");

    private static final Set<String> AFTER_PREPOSITION = Set.of("with", "from", "for", "among", "by", "towards", "toward");

    private static final Set<String> WAITERS_BY_CHOICE = Set.of("you", "i", "we", "u");

    record Cues(List<Mark> evaluative, List<Mark> critical, boolean anchored) {
    }

    private final FeedbackLanguage lang;
    private final Grammar grammar;
    private final AnchorScan anchors;
    private final ProblemContext context;
    private final OutcomeScan outcomes;

    CueScan(FeedbackLanguage lang, Grammar grammar) {
        this.lang = lang;
        this.grammar = grammar;
        this.anchors = new AnchorScan(lang, grammar);
        this.context = new ProblemContext(lang, grammar);
        this.outcomes = new OutcomeScan(lang, grammar);
    }

    Cues scan(Tokens t, boolean[] inStep, List<Mark> wishes, List<Mark> traits, List<Mark> absolutes) {
        boolean[] notPraise = covered(t, lang.praiseExceptions);
        boolean[] notCriticism = covered(t, lang.criticismExceptions);
        List<Mark> evaluative = new ArrayList<>();
        List<Mark> critical = new ArrayList<>();
        for (Mark trait : traits) {
            evaluative.add(trait);
            if (trait.polarity() == Mark.Polarity.CRITICISM) critical.add(trait);
        }
        evaluative.addAll(absolutes);
        for (Mark wish : wishes) {
            // "be more careful", "improve your timekeeping": wishing for more says there is too little now
            if (!overlaps(critical, wish)) {
                evaluative.add(wish);
                critical.add(wish);
            }
        }
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
                if (context.counts(t, i, to, criticism.tag(), inStep) && !negatedByNever(t, i)) {
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
            int excess = excessEnd(t, i);
            if (excess > 0 && !inStep[i]) {
                i = criticism(i, excess, evaluative, critical);
                continue;
            }
            int wished = wishedMoreEnd(t, i, inStep);
            if (wished > 0) {
                i = criticism(i, wished, evaluative, critical);
                continue;
            }
            int without = withoutEnd(t, i);
            if (without > 0 && context.counts(t, i, without, "strong", inStep) && !negatedByNever(t, i)) {
                i = criticism(i, without, evaluative, critical);
                continue;
            }
            int outdated = outdatedEnd(t, i);
            if (outdated > 0 && context.counts(t, i, outdated, "strong", inStep)) {
                i = criticism(i, outdated, evaluative, critical);
                continue;
            }
            int judged = unappreciatedEnd(t, i);
            if (judged < 0) judged = leftBadEnd(t, i);
            if (judged < 0) judged = declineEnd(t, i);
            if (judged < 0) judged = overlongEnd(t, i);
            if (judged > 0 && !inStep[i]) {
                i = criticism(i, judged, evaluative, critical);
                continue;
            }
            int graded = gradedWorkEnd(t, i);
            if (graded > 0) {
                // "your code is really clean", "your notes were so detailed": an evaluation of the person's work,
                // whose direction the checker does not know; it still asks for an example
                evaluative.add(new Mark(i - 1, graded, Mark.Polarity.NEUTRAL));
                i = graded - 1;
                continue;
            }
            int lacking = needsMoreEnd(t, i);
            if (lacking > 0 && !inStep[i]) {
                i = criticism(i, lacking, evaluative, critical);
                continue;
            }
            int tough = toughEnd(t, i);
            if (tough > 0 && !inStep[i]) {
                i = criticism(i, tough, evaluative, critical);
                continue;
            }
            int redone = reworkEnd(t, i);
            if (redone > 0 && !inStep[i]) {
                i = criticism(i, redone, evaluative, critical);
                continue;
            }
            int reproach = reproachEnd(t, i, inStep);
            if (reproach > 0) {
                i = criticism(i, reproach, evaluative, critical);
                continue;
            }
            int contradicted = contradictedClaimEnd(t, i, inStep);
            if (contradicted > 0) {
                i = criticism(i, contradicted, evaluative, critical);
                continue;
            }
            int undone = undoneEnd(t, i);
            if (undone > 0 && context.counts(t, i, undone, "strong", inStep)) {
                i = criticism(i, undone, evaluative, critical);
                continue;
            }
            // a consequence the person caused is criticism; told as a sequence of events it is itself an occasion,
            // so it asks for a next step but is no evaluation that could lack an example
            int outcome = outcomes.outcomeEnd(t, i, inStep, notPraise);
            if (outcome > 0) {
                critical.add(new Mark(i, outcome, Mark.Polarity.CRITICISM));
                i = outcome - 1;
                continue;
            }
            int lack = lackEnd(t, i);
            if (lack > 0 && !inStep[i] && !context.inBackground(t, i)) {
                var mark = new Mark(i, lack, Mark.Polarity.CRITICISM);
                evaluative.add(mark);
                critical.add(mark);
                i = lack - 1;
                continue;
            }
            int waited = waitedEnd(t, i);
            if (waited > 0 && !inStep[i]) {
                var mark = new Mark(i, waited, Mark.Polarity.CRITICISM);
                evaluative.add(mark);
                critical.add(mark);
                i = waited - 1;
                continue;
            }
            if (!inStep[i] && negatedAction(t, i)) {
                var mark = new Mark(i, Math.min(i + 2, t.size), Mark.Polarity.CRITICISM);
                evaluative.add(mark);
                critical.add(mark);
            }
        }
        exclaimedPraise(t, inStep, evaluative);
        boolean[] notAnchor = inStep.clone();
        boolean[] praisedSentence = new boolean[t.sentenceCount()];
        boolean[] criticised = new boolean[t.size];
        for (Mark m : evaluative) {
            if (m.polarity() == Mark.Polarity.PRAISE) praisedSentence[t.sentence[m.from()]] = true;
            if (m.polarity() == Mark.Polarity.CRITICISM) {
                for (int k = m.from(); k < m.to(); k++) criticised[k] = true;
            }
        }
        for (Mark absolute : absolutes) {
            int from = habitStart(t, absolute.from());
            int to = grammar.clauseEnd(t, absolute.from());
            // "constantly posting updates on Monday night": a day bounds the habit to one occasion
            if (bounded(t, Math.max(t.sentenceStart(absolute.from()), from - NEAR), Math.min(t.sentenceEnd(absolute.from()), to + NEAR))) {
                continue;
            }
            for (int k = from; k < to; k++) notAnchor[k] = true;
            if (complainedHabit(t, absolute, from, to, praisedSentence, criticised, inStep)) {
                critical.add(new Mark(absolute.from(), absolute.to(), Mark.Polarity.CRITICISM));
            }
        }
        return new Cues(evaluative, critical, anchors.anchored(t, notAnchor));
    }

    private static final int MAX_EXCLAIMED = 5;
    private static final int MAX_PLAIN = 4;

    private static final Set<String> GREETINGS = Set.of("happy", "merry", "hello", "hi", "hey", "dear", "bye", "goodbye",
            "welcome", "good", "best", "kind", "warm", "see");

    private static final Set<String> PARTICLES = Set.of("on", "up", "out", "off", "in", "over", "away", "back", "down");

    /** No number, no name or title inside, no colon: not a heading, a label or an address ("Room 4, bed 2."). */
    private boolean plainWords(Tokens t, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (t.hasDigit(k) || k > first && t.capitalized[k] || t.isPunct(k) && t.word[k].equals(":")) return false;
        }
        return t.isPunct(last + 1) && (t.word[last + 1].equals(".") || t.word[last + 1].equals("!"));
    }

    /**
     * "Super lesson!", "Fab service tonight!", "Gorgeous designs!": a short sentence with no verb that ends in "!"
     * exclaims an evaluation of what it names, whatever the adjective, so it praises even when its word is in no list.
     * Not a step ("Keep going!"), a greeting with a verb, or a sentence that already evaluates; numbers and names are
     * left to the anchors. Adds a praise mark over the sentence's words.
     */
    private void exclaimedPraise(Tokens t, boolean[] inStep, List<Mark> evaluative) {
        boolean[] evaluated = new boolean[t.sentenceCount()];
        for (Mark m : evaluative) evaluated[t.sentence[m.from()]] = true;
        for (int start = 0; start < t.size; start = t.sentenceEnd(start)) {
            if (evaluated[t.sentence[start]]) continue;
            int end = t.sentenceEnd(start);
            int first = -1;
            int last = -1;
            int words = 0;
            boolean exclaimed = false;
            boolean verbless = true;
            for (int k = start; k < end && verbless && words <= MAX_EXCLAIMED; k++) {
                if (t.isPunct(k) && t.word[k].equals("!")) exclaimed = true;
                if (!t.isWord(k)) continue;
                if (first < 0) first = k;
                last = k;
                words++;
                String w = t.word[k];
                if (t.quoted[k] || inStep[k] || lang.copulas.contains(w) || lang.auxiliaries.contains(w) || grammar.isPast(t, k)
                        || lang.imperatives.contains(w) || lang.nextSteps.startingAt(t, k) != null || lang.personPronouns.contains(w)
                        || lang.negations.contains(w) || w.equals("i") || w.equals("we") || lang.directiveModals.contains(w)) {
                    verbless = false;
                }
            }
            // "Fab assembly.", "Top stuff, mate.": a verbless sentence of a few plain words stands for an exclamation
            boolean plain = words >= 2 && words <= MAX_PLAIN && plainWords(t, first, last);
            // a greeting ("Happy holidays!") or a phrasal order ending on its particle ("Carry on!") evaluates nothing
            if (first >= 0 && (GREETINGS.contains(t.word[first]) || PARTICLES.contains(t.word[last]))) continue;
            if ((exclaimed || plain) && verbless && words >= 2 && words <= MAX_EXCLAIMED) {
                evaluative.add(new Mark(first, last + 1, Mark.Polarity.PRAISE));
            }
        }
    }

    /**
     * Where the habit an absolute qualifies begins: the whole clause it sits in ("he forgets to tag the release
     * every time" names no release), and for a tail after a comma ("you keep breaking the build, each and every
     * week") the clause before the comma too. Its objects describe the habit, not one occasion.
     */
    private int habitStart(Tokens t, int absolute) {
        int clause = grammar.clauseStart(t, absolute);
        if (grammar.clauseSubject(t, clause, absolute) < 0 && clause - 1 > t.sentenceStart(absolute)
                && t.word[clause - 1].equals(",")) {
            return fromThePerson(t, grammar.clauseStart(t, clause - 1), clause - 1);
        }
        return fromThePerson(t, clause, absolute);
    }

    /**
     * A habit of the person's stretched over every occasion ("you're forever moving the goalposts", "you talk down
     * to the new staff all the time", "without fail, you're the last one to reply") is a complaint unless its
     * sentence praises or thanks. Plain "always" and "never" are left to the verb they qualify, since they praise
     * as often as they complain ("you always know what to say", "you never miss a detail"): "never" + an action is
     * an omission ({@link #negatedAction}), and a problem word in the clause is criticism anyway.
     */
    private boolean complainedHabit(Tokens t, Mark absolute, int from, int to, boolean[] praisedSentence, boolean[] criticised,
            boolean[] inStep) {
        if (inStep[absolute.from()]) return false;
        String w = t.word[absolute.from()];
        if (w.equals("always") || w.equals("never")) return false;
        if (praisedSentence[t.sentence[absolute.from()]]) return false;
        for (int k = from; k < to; k++) {
            if (criticised[k]) return false;
        }
        return true;
    }

    /** How far around a habit's clause a day may sit and still bound it (same sentence). */
    private static final int NEAR = 12;

    /** A particular day in the stretch ("on Monday night", "yesterday", "on the 12th"). */
    private boolean bounded(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.isWord(k) || t.quoted[k]) continue;
            var time = lang.timePoints.startingAt(t, k);
            if (time == null || time.tag().equals("cap") && !t.capitalized[k]) continue;
            // "on Monday", "last Friday", "Tuesday's", "yesterday"; not "every single Monday" or "the Monday huddle"
            String before = t.word(k - 1);
            if (before.equals("on") || before.equals("last") || before.equals("since") || t.word(k + 1).equals("'s")
                    || !lang.staleUnits.contains(t.word[k]) && !t.capitalized[k]) return true;
        }
        return false;
    }

    /** The habit starts at its person: "During Tuesday's incident you were constantly…" keeps its scene. */
    private int fromThePerson(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (grammar.isPerson(t, k)) return k;
        }
        return to;
    }

    private static boolean overlaps(List<Mark> marks, Mark mark) {
        for (Mark m : marks) {
            if (m.from() < mark.to() && m.to() > mark.from()) return true;
        }
        return false;
    }

    /** Records the words from {@code from} to {@code to} as criticism; returns where the scan goes on. */
    private static int criticism(int from, int to, List<Mark> evaluative, List<Mark> critical) {
        var mark = new Mark(from, to, Mark.Polarity.CRITICISM);
        evaluative.add(mark);
        critical.add(mark);
        return to - 1;
    }

    /** A criticism phrase, or a negative trait word said of work ("the plan was disorganized"). */
    private PhraseSet.Phrase criticismAt(Tokens t, int i) {
        var phrase = lang.criticism.startingAt(t, i);
        if (phrase != null) return phrase;
        var trait = lang.traits.startingAt(t, i);
        // "with difficult buyers", "went from angry to …": after a preposition it describes someone or something else
        if (trait != null && trait.tag().startsWith("-") && !AFTER_PREPOSITION.contains(t.word(i - 1))) {
            return new PhraseSet.Phrase(trait.words(), "strong");
        }
        // another regular form of a listed verb ("forgetting", "overlooks") whose subject is the person; after
        // "the", "a" or "your" it is a noun
        if (t.kind[i] == Tokens.Kind.WORD && lang.criticismStems.contains(Stems.of(t.word[i]))
                && !lang.determiners.contains(t.word(i - 1)) && !lang.possessives.contains(t.word(i - 1)) && personActs(t, i)) {
            return new PhraseSet.Phrase(new String[] {t.word[i]}, "strong");
        }
        return null;
    }

    private boolean personActs(Tokens t, int i) {
        int subject = grammar.clauseSubject(t, grammar.clauseStart(t, i), i);
        return subject >= 0 && grammar.isPerson(t, subject);
    }

    /** "could be clearer", "should be more concise", "needs to be faster": a wish for more of something. */
    private int comparativeWishEnd(Tokens t, int i) {
        String w = t.word[i];
        int be;
        if (w.equals("could") || w.equals("should")) be = i + 1;
        else if ((w.equals("need") || w.equals("needs")) && t.word(i + 1).equals("to")) be = i + 2;
        else if (w.equals("be") && asksForAState(t, i)) be = i;
        else return -1;
        if (!t.word(be).equals("be")) return -1;
        String next = t.word(be + 1);
        if (next.equals("more") || next.equals("less")) return t.isWord(be + 2) ? be + 3 : -1;
        if (next.length() > 4 && next.endsWith("er") && t.kind[be + 1] == Tokens.Kind.WORD) return be + 2;
        return -1;
    }

    /**
     * "the patient waited forty minutes for a bedpan", "the class waited outside for ten minutes": someone other
     * than the writer or the person kept waiting for a stretch of time. Ends after the unit; -1 when not.
     * "You waited five seconds after each question" is the person's choice, not a problem.
     */
    private int waitedEnd(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("waited") || w.equals("waits") || w.equals("waiting"))) return -1;
        int clause = grammar.clauseStart(t, i);
        int subject = grammar.clauseSubject(t, clause, i);
        if (subject < 0 || WAITERS_BY_CHOICE.contains(t.word[subject])) return -1;
        int end = Math.min(grammar.clauseEnd(t, i), i + 9);
        for (int k = i + 1; k + 1 < end; k++) {
            boolean amount = t.hasDigit(k) || lang.quantities.contains(t.word[k]) || compoundNumber(t.word[k]);
            if (amount && TIME_UNITS.contains(t.word[k + 1])) return k + 2;
        }
        return -1;
    }

    /** "Be more careful.", "try to be more organised", "please be less vague": an order or wish for a state. */
    private boolean asksForAState(Tokens t, int i) {
        String before = t.word(i - 1);
        if (before.equals("to") || before.equals("please") || before.equals("must")) return true;
        for (int k = t.sentenceStart(i); k < i; k++) {
            if (t.isWord(k) && !lang.discourse.contains(t.word[k])) return false;
        }
        return true;
    }

    /**
     * "your handovers feel a bit long", "your PRs are too big", "you're way too passive": a degree of excess or
     * shortfall ("too", "a bit", "a little", "slightly", "overly") said, after a linking verb, of the person or of
     * their work. Ends after the quality; -1 when not.
     */
    private int excessEnd(Tokens t, int i) {
        String w = t.word[i];
        int quality;
        if (w.equals("too") || w.equals("overly") || w.equals("slightly") || w.equals("somewhat")) quality = i + 1;
        else if (w.equals("a") && (t.word(i + 1).equals("bit") || t.word(i + 1).equals("little"))) quality = i + 2;
        else return -1;
        if (!t.isWord(quality) || t.quoted[quality]) return -1;
        String q = t.word[quality];
        if (q.equals("of") || lang.determiners.contains(q) || lang.possessives.contains(q) || t.hasDigit(quality)
                || lang.praise.contains(q) || q.equals("much") || q.equals("many")) return -1;
        int verb = i - 1;
        while (verb >= 0 && t.isWord(verb) && (lang.intensifiers.contains(t.word[verb]) || t.word[verb].equals("way")
                || t.word[verb].equals("often") || t.word[verb].equals("sometimes"))) verb--;
        if (verb < 0 || !t.isWord(verb) || !(lang.copulas.contains(t.word[verb]) || LINKING.contains(t.word[verb]))) return -1;
        int subject = grammar.clauseSubject(t, grammar.clauseStart(t, verb), verb);
        if (subject < 0 || !(grammar.isPerson(t, subject) || ownedByPerson(t, verb - 1))) return -1;
        if (t.word[subject].equals("i") || t.word[subject].equals("we")) return -1;
        return quality + 1;
    }

    private static final Set<String> LINKING = Set.of("feel", "feels", "felt", "run", "runs", "ran", "went", "go", "goes",
            "came", "come", "comes");

    /**
     * "try to engage the students more", "you need to work more independently", "communicate better": a wish
     * that ends on "more", "better" or "less" (with at most a manner word after it) names no action to take.
     * Ends after the wish; -1 when not.
     */
    private int wishedMoreEnd(Tokens t, int i, boolean[] inStep) {
        String w = t.word[i];
        if (!(w.equals("more") || w.equals("better") || w.equals("less"))) return -1;
        int last = i;
        if (t.isWord(i + 1) && t.word[i + 1].length() > 4 && t.word[i + 1].endsWith("ly")) last = i + 1;
        if (t.isWord(last + 1) && !isClauseTail(t.word[last + 1])) return -1;
        // the wish is short: the verb, perhaps its object, then "more" ("try asking three of them to answer
        // before you explain more" names a step of its own)
        int clause = grammar.clauseStart(t, i);
        for (int k = i - 1, words = 0; k >= clause && words <= SHORT_WISH; k--) {
            if (!t.isWord(k)) continue;
            String v = t.word[k];
            if (v.equals("need") || v.equals("needs") || v.equals("should") || v.equals("must") || v.equals("try")
                    || v.equals("please")) return words == 0 ? -1 : last + 1;
            if (t.hasDigit(k)) return -1;
            words++;
        }
        return -1;
    }

    private static final int SHORT_WISH = 4;

    private static boolean isClauseTail(String w) {
        return w.equals("please") || w.equals("overall") || w.equals("generally");
    }

    /** Nouns that "without" takes in praise: "without a hitch", "without any fuss". */
    private static final Set<String> SMOOTHLY = Set.of("hitch", "hitches", "fuss", "drama", "complaint", "complaints", "delay",
            "delays", "help", "supervision", "prompting", "reminder", "reminders", "break", "breaks", "downtime", "incident",
            "incidents", "exception", "doubt");

    /**
     * "merged it without running the tests", "went out without the export papers": something done while leaving out
     * a part of it. An active "-ing" form or a noun pointed at with a determiner or possessive; not "without being
     * asked", "without missing a beat", "without a hitch" or "without any errors" (a problem left out is praise),
     * and not said of the writer. Ends after the word left out; -1 when not.
     */
    private int withoutEnd(Tokens t, int i) {
        if (!t.word[i].equals("without") || t.quoted[i]) return -1;
        int k = i + 1;
        if (!t.isWord(k)) return -1;
        String w = t.word[k];
        boolean pointed = lang.determiners.contains(w) || lang.possessives.contains(w);
        if (pointed) k++;
        if (!t.isWord(k) || t.kind[k] != Tokens.Kind.WORD) return -1;
        String left = t.word[k];
        if (left.equals("any") || left.equals("single") || SMOOTHLY.contains(left) || lang.criticism.contains(left)
                || lang.praise.contains(left) || left.equals("being") || left.equals("missing") || left.equals("needing")) return -1;
        if (!pointed && !(left.length() > 4 && left.endsWith("ing"))) return -1;
        // leaving out a problem is praise: "without interrupting", "without assigning blame"
        if (lang.criticismStems.contains(Stems.of(left)) || BLAME.contains(t.word(k + 1)) || BLAME.contains(t.word(k + 2))) return -1;
        int clause = grammar.clauseStart(t, i);
        int subject = grammar.clauseSubject(t, clause, i);
        if (subject < 0 || t.word[subject].equals("i") || t.word[subject].equals("we")) return -1;
        // "you never leave a call without a next step": a negated clause praises what it never leaves out
        for (int j = clause; j < i; j++) {
            if (lang.negations.contains(t.word[j]) && !t.quoted[j]) return -1;
        }
        // the writer left it out ("on Monday we finished without the scanner"): no judgement of the person
        for (int j = clause; j < i && !t.word[j].equals("you"); j++) {
            if (t.word[j].equals("we") || t.word[j].equals("i")) return -1;
        }
        return k + 1;
    }

    private static final Set<String> BLAME = Set.of("blame", "fault", "anyone", "anybody");

    /** Words that say the content of a piece of work was out of date. */
    private static final Set<String> OUTDATED = Set.of("old", "outdated", "out-of-date", "previous", "superseded");

    /**
     * "the deck you sent had the old pricing", "the application still names the old supervisor": the person's
     * work, as subject, carries something out of date. Ends after the word; -1 when not.
     */
    private int outdatedEnd(Tokens t, int i) {
        String w = t.word[i];
        boolean lastYears = w.equals("last") && t.word(i + 1).equals("year") && t.word(i + 2).equals("'s");
        if (!OUTDATED.contains(w) && !lastYears || t.quoted[i]) return -1;
        String before = t.word(i - 1);
        if (!lastYears && !(before.equals("the") || before.equals("an") || before.equals("our") || before.equals("their"))) return -1;
        int clause = grammar.clauseStart(t, i);
        int subject = grammar.clauseSubject(t, clause, i);
        if (subject < 0 || grammar.isPerson(t, subject)
                || !(lang.determiners.contains(t.word[subject]) || lang.possessives.contains(t.word[subject]))) return -1;
        int verb = -1;
        for (int k = subject + 1; k < i; k++) {
            if (t.word[k].equals("you") && k + 1 < i && t.isWord(k + 1)) verb = k + 2;
        }
        // the subject is the person's work ("the deck you sent", "your slides") and "old" sits after its verb
        if (!(verb > 0 && verb < i || ownedByPerson(t, i - 1) && i - subject > 2)) return -1;
        return lastYears ? i + 3 : i + 1;
    }

    /**
     * "you left the trolley unlocked", "you sent the notes unsigned": a participle negated by "un-" that says in
     * what state the person left the thing they acted on (the object complement) names something not done. Only
     * after the object (not "you stayed unfazed", not "the unexpected outage"), in a clause whose subject is the
     * person and that is not itself negated. Ends after the participle; -1 when not.
     */
    private int undoneEnd(Tokens t, int i) {
        String w = t.word[i];
        if (t.kind[i] != Tokens.Kind.WORD || t.quoted[i] || w.length() < 7 || !w.startsWith("un") || !w.endsWith("ed")) return -1;
        int before = i - 1;
        if (!t.isWord(before) || lang.copulas.contains(t.word[before]) || lang.auxiliaries.contains(t.word[before])
                || lang.intensifiers.contains(t.word[before]) || lang.determiners.contains(t.word[before])
                || lang.possessives.contains(t.word[before]) || LINKING.contains(t.word[before]) || grammar.isPerson(t, before)) {
            return -1;
        }
        int clause = grammar.clauseStart(t, i);
        // the person, past a fronted "On Friday": "On Friday you left the door unlocked"
        int subject = fromThePerson(t, clause, before);
        if (subject >= before || t.word[subject].equals("i") || t.word[subject].equals("we")) return -1;
        // the verb comes between the person and the object: "you left [the trolley] unlocked"
        if (before - subject < 2) return -1;
        for (int k = clause; k < i; k++) {
            if (lang.negations.contains(t.word[k])) return -1;
        }
        return i + 1;
    }

    /**
     * States a thing should not be left in: dirty, jammed, switched on or unlocked for the next person. A small class,
     * not a list of misses: each names a state that makes work for someone else or a risk.
     */
    private static final Set<String> BAD_STATES = Set.of("dirty", "sticky", "messy", "untidy", "filthy", "open", "on",
            "running", "jammed", "blocked", "empty", "overflowing", "unattended", "behind");

    /**
     * "you left the deep fryer on after closing", "you always leave your station dirty", "she leaves the printer jammed":
     * the person leaves a thing in a bad state (the object complement after the object). Not "you left a note on the
     * desk" (a place, after a noun that is not the leaving's object complement: "on" must close its clause or come before
     * "after", "overnight", "all", "the whole"), not the writer, not negated. Starts at the verb; -1 when not.
     */
    private int leftBadEnd(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("left") || w.equals("leave") || w.equals("leaves") || w.equals("leaving")) || t.quoted[i]) return -1;
        int clause = grammar.clauseStart(t, i);
        int person = -1;
        for (int k = clause; k < i; k++) {
            if (grammar.isPerson(t, k)) person = k;
            if (lang.negations.contains(t.word[k])) return -1;
        }
        if (person < 0 || t.word[person].equals("i") || t.word[person].equals("we")) return -1;
        int end = Math.min(grammar.clauseEnd(t, i), i + 7);
        for (int k = i + 1; k < end; k++) {
            if (!t.isWord(k) || t.quoted[k] || lang.copulas.contains(t.word[k])) break;
            String state = t.word[k];
            if (k == i + 1 || !BAD_STATES.contains(state)) continue;
            if (state.equals("on") || state.equals("behind") || state.equals("open")) {
                // a state, not a place: "left the fryer on [after closing]", "left the door open [the whole night]"
                String next = t.word(k + 1);
                boolean closes = !t.isWord(k + 1) || next.equals("after") || next.equals("overnight") || next.equals("all")
                        || next.equals("the") && t.word(k + 2).equals("whole") || next.equals("for") || next.equals("and")
                        || next.equals("when") || next.equals("while") || next.equals("during") || next.equals("again");
                if (!closes) continue;
            }
            return k + 1;
        }
        // "you always leave your expenses until the end of the quarter": a habit of putting something off
        if (end > i + 1 && end < i + 7 && (t.word(end).equals("until") || t.word(end).equals("till")) && !t.quoted[end]
                && habitual(t, clause, end)) {
            return end + 1;
        }
        return -1;
    }

    /** An absolute ("always", "every time", "constantly") in the clause: what it qualifies is a habit. */
    private boolean habitual(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.quoted[k] && lang.absolutes.startingAt(t, k) != null) return true;
        }
        return false;
    }

    /** Attitudes that others take to a person or their work; negated, they say the person or work falls short. */
    private static final Set<String> APPRECIATION = Set.of("like", "likes", "trust", "trusts", "respect", "respects", "enjoy",
            "enjoys", "understand", "understands", "appreciate", "appreciates", "value", "values", "listen", "read");

    /**
     * "the pupils don't respect you", "the customers don't like your chats", "the drivers don't trust your route
     * plans": someone's attitude to the person or their work, negated. Not the writer's own doubt about a point
     * ("I don't understand why…") without the person or their work as object. Starts at the negation; -1 when not.
     */
    private int unappreciatedEnd(Tokens t, int i) {
        if (t.word[i].equals("nobody") || t.word[i].equals("no-one") || t.word[i].equals("no") && t.word(i + 1).equals("one")) {
            return unappreciatedByNobodyEnd(t, i);
        }
        if (!(t.word[i].equals("n't") || t.word[i].equals("not")) || t.quoted[i]) return -1;
        String aux = t.word(i - 1);
        if (!(aux.equals("do") || aux.equals("does") || aux.equals("did"))) return -1;
        int verb = i + 1;
        if (t.word(verb).equals("really") || t.word(verb).equals("always")) verb++;
        if (!APPRECIATION.contains(t.word(verb))) return -1;
        int end = Math.min(grammar.clauseEnd(t, verb), verb + 4);
        for (int k = verb + 1; k < end; k++) {
            String w = t.word[k];
            if (w.equals("you") || w.equals("your") || w.equals("him") || w.equals("her")) {
                int subject = grammar.clauseSubject(t, grammar.clauseStart(t, i), i);
                // "you don't like…" is the person's own taste, not a judgement of them
                if (subject >= 0 && (t.word[subject].equals("you") || t.word[subject].equals("we"))) return -1;
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * "nobody on the unit likes working with you", "no one in the office wants to work with him", "nobody trusts your
     * figures": the same attitude denied by its subject, past a short phrase that says who ("on the unit"). Starts at
     * "nobody"; ends after the person or their work; -1 when not.
     */
    private int unappreciatedByNobodyEnd(Tokens t, int i) {
        if (t.quoted[i]) return -1;
        int verb = t.word[i].equals("no") ? i + 2 : i + 1;
        if (PLACE_PREPOSITIONS.contains(t.word(verb))) {
            int limit = Math.min(grammar.clauseEnd(t, verb), verb + 5);
            int k = verb + 1;
            while (k < limit && t.isWord(k) && !APPRECIATION.contains(t.word[k]) && !t.word[k].equals("wants")
                    && !grammar.isPast(t, k)) k++;
            verb = k;
        }
        // "nobody in the night team knew about the new rules": a listed "nobody knew", past the phrase that says who
        if (verb > i + 1 && t.isWord(verb) && !t.quoted[verb]) {
            var joined = Tokens.of("nobody " + t.word[verb] + " " + t.word(verb + 1));
            var phrase = lang.criticism.startingAt(joined, 0);
            if (phrase != null && phrase.words().length <= 3 && !t.word[verb].equals("was") && !remedied(t, verb)) {
                return verb + phrase.words().length - 1;
            }
        }
        if (!(APPRECIATION.contains(t.word(verb)) || t.word(verb).equals("wants") || t.word(verb).equals("wanted"))) return -1;
        int end = Math.min(grammar.clauseEnd(t, verb), verb + 6);
        for (int k = verb + 1; k < end; k++) {
            String w = t.word[k];
            // "nobody wants to miss your demos": a denied problem praises
            if (lang.criticism.startingAt(t, k) != null || lang.negations.contains(w)) return -1;
            if (!t.quoted[k] && (w.equals("you") || w.equals("your") || w.equals("him") || w.equals("her"))) return k + 1;
        }
        return -1;
    }

    /**
     * "nobody knew more about it than you", "nobody knew the code until you put it on the board": a comparison that
     * praises, or the person ending the problem later in the sentence.
     */
    private boolean remedied(Tokens t, int verb) {
        if (t.word(verb + 1).equals("more") || t.word(verb + 1).equals("better")) return true;
        int end = t.sentenceEnd(verb);
        for (int k = verb + 1; k + 1 < end; k++) {
            String w = t.word[k];
            if ((w.equals("until") || w.equals("till") || w.equals("than")) && (t.word(k + 1).equals("you") || grammar.isName(t, k + 1))) return true;
        }
        return false;
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("on", "in", "at", "from", "of");

    /** Nouns for how good something is: a decline in them is criticism. */
    private static final Set<String> GOODNESS = Set.of("quality", "standard", "standards", "level", "accuracy", "output",
            "performance", "productivity", "effort", "engagement", "attendance", "punctuality", "reliability");

    /**
     * "the quality of your drawings has dropped", "the store standards under your management are slipping", "the
     * standard of your care plans has gone down": a measure of goodness of the person's work going down. Starts at
     * the verb of decline; -1 when not. ("your error rate has dropped" names no goodness and is praise.)
     */
    private int declineEnd(Tokens t, int i) {
        String w = t.word[i];
        int to;
        if (w.equals("dropped") || w.equals("slipped") || w.equals("slipping") || w.equals("fallen") || w.equals("dipped")
                || w.equals("worsened") || w.equals("declining") || w.equals("deteriorating")) to = i + 1;
        else if ((w.equals("gone") || w.equals("going") || w.equals("went")) && t.word(i + 1).equals("down")) to = i + 2;
        else return -1;
        if (t.quoted[i]) return -1;
        int clause = grammar.clauseStart(t, i);
        boolean goodness = false;
        boolean persons = false;
        for (int k = clause; k < i; k++) {
            if (GOODNESS.contains(t.word[k])) goodness = true;
            if (t.word[k].equals("your") || t.word[k].equals("his") || t.word[k].equals("her") || t.word[k].equals("you")) persons = true;
            if (lang.negations.contains(t.word[k])) return -1;
        }
        return goodness && persons ? to : -1;
    }

    /**
     * "you take way too long on calls", "the stand-ups you run take too much time": an action that takes too long,
     * said of the person or their work. Starts at the verb; -1 when not.
     */
    private int overlongEnd(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("take") || w.equals("takes") || w.equals("took") || w.equals("taking"))) return -1;
        int k = i + 1;
        if (t.word(k).equals("way") || t.word(k).equals("far") || t.word(k).equals("much") || t.word(k).equals("a")
                && t.word(k + 1).equals("bit")) k += t.word(k).equals("a") ? 2 : 1;
        if (!t.word(k).equals("too")) return -1;
        boolean tooLong = t.word(k + 1).equals("long") || t.word(k + 1).equals("much") && t.word(k + 2).equals("time");
        if (!tooLong) return -1;
        int subject = grammar.clauseSubject(t, grammar.clauseStart(t, i), i);
        if (subject < 0 || !(grammar.isPerson(t, subject) || ownedByPerson(t, i - 1))) return -1;
        if (t.word[subject].equals("i") || t.word[subject].equals("we")) return -1;
        return t.word(k + 1).equals("long") ? k + 2 : k + 3;
    }

    /** Degree words that grade a quality. */
    private static final Set<String> GRADERS = Set.of("so", "very", "really", "extremely", "incredibly", "super", "truly",
            "genuinely", "remarkably", "exceptionally", "unbelievably", "beautifully");

    /** Words a degree word grades that are amounts, times or states, not qualities of a piece of work. */
    private static final Set<String> NOT_GRADED = Set.of("much", "many", "few", "little", "often", "long", "far", "early",
            "late", "soon", "busy", "full", "new", "old", "big", "small", "short", "high", "low", "close", "near", "that", "well");

    /**
     * "your code is really clean", "the slides you made were so clear": a word graded by "so", "very", "really"…
     * after a linking verb, closing a clause whose subject is the person's work. Ends after the word; -1 when not.
     */
    private int gradedWorkEnd(Tokens t, int i) {
        if (t.kind[i] != Tokens.Kind.WORD || t.quoted[i] || !GRADERS.contains(t.word(i - 1))) return -1;
        String w = t.word[i];
        if (w.length() < 3 || NOT_GRADED.contains(w) || w.endsWith("ly") || w.endsWith("ing") || lang.determiners.contains(w)
                || lang.possessives.contains(w) || lang.quantities.contains(w) || lang.timePoints.contains(w)
                || lang.intensifiers.contains(w) || lang.personNouns.contains(w) || t.hasDigit(i)) return -1;
        if (t.isWord(i + 1) && !lang.clauseOpeners.contains(t.word[i + 1]) && !t.word[i + 1].equals("and")
                && !t.word[i + 1].equals("for") && !t.word[i + 1].equals("to")) return -1;
        int verb = i - 2;
        if (!t.isWord(verb) || !(lang.copulas.contains(t.word[verb]) || LINKING.contains(t.word[verb])
                || t.word[verb].equals("look") || t.word[verb].equals("looks") || t.word[verb].equals("looked"))) return -1;
        int subject = grammar.clauseSubject(t, grammar.clauseStart(t, verb), verb);
        if (subject < 0 || grammar.isPerson(t, subject) || !ownedByPerson(t, verb - 1)) return -1;
        return i + 1;
    }

    /**
     * "your copy needs more punch", "the report needed more care", "your slides need better structure": the person's
     * work said to need more or better of something lacks it now, like "needs work". Not the writer's or the team's
     * needs ("we need more nurses"), not people ("your patients need more time"), not a step ("you need to…").
     * Starts at "need"; ends after the graded word; -1 when not.
     */
    private int needsMoreEnd(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("needs") || w.equals("need") || w.equals("needed")) || t.quoted[i]) return -1;
        String graded = t.word(i + 1);
        if (!(graded.equals("more") || graded.equals("better") || graded.equals("less")) || !t.isWord(i + 2)) return -1;
        if (t.word(i + 2).equals("than") || t.hasDigit(i + 2) || lang.quantities.contains(t.word(i + 2))) return -1;
        if (!ownedByPerson(t, i - 1)) return -1;
        int subject = grammar.clauseSubject(t, grammar.clauseStart(t, i), i);
        for (int k = subject; k < i; k++) {
            String v = t.word[k];
            if (lang.personNouns.contains(v) || v.endsWith("s") && lang.personNouns.contains(v.substring(0, v.length() - 1))
                    || lang.roleNouns.contains(v) || SERVED.contains(v) || grammar.isName(t, k) && k > subject) return -1;
        }
        return i + 2;
    }

    /** People whom a person serves or leads: what they need is no lack in the person's work. */
    private static final Set<String> SERVED = Set.of("patient", "patients", "customer", "customers", "client", "clients",
            "pupil", "pupils", "student", "students", "guest", "guests", "resident", "residents", "team", "staff", "class",
            "children", "kids", "family", "families", "users", "user", "trainees", "juniors", "learners");

    private static final Set<String> TOUGH = Set.of("hard", "difficult", "impossible", "tricky", "painful");

    /**
     * "your code is hard to review", "the slides were difficult to sit through": a "tough" adjective and an
     * infinitive, after a linking verb, say the work makes something hard for others, whatever the verb. Not said
     * by the writer of themselves ("I find it hard to…", "I was unable to…"). Ends after the verb; -1 when not.
     */
    private int toughEnd(Tokens t, int i) {
        if (!TOUGH.contains(t.word[i]) || t.quoted[i] || !t.word(i + 1).equals("to") || !t.isWord(i + 2)) return -1;
        int verb = i - 1;
        while (verb >= 0 && t.isWord(verb) && lang.intensifiers.contains(t.word[verb])) verb--;
        if (verb < 0 || !t.isWord(verb) || !(lang.copulas.contains(t.word[verb]) || LINKING.contains(t.word[verb]))) return -1;
        int clause = grammar.clauseStart(t, verb);
        for (int k = clause; k < verb; k++) {
            String w = t.word[k];
            if (w.equals("i") || w.equals("we") || w.equals("me") || w.equals("us")) return -1;
        }
        // the person or their work is hard to deal with; "it was hard to watch" is the writer's feeling
        int subject = grammar.clauseSubject(t, clause, verb);
        if (subject < 0 || !(grammar.isPerson(t, subject) || ownedByPerson(t, verb - 1))) return -1;
        return i + 3;
    }

    private static final int CLAIM_WINDOW = 30;

    /** "presented the feature as finished": the claim is what follows "as". */
    private static boolean asFollows(Tokens t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.word[k].equals("as")) return true;
        }
        return false;
    }

    /** "twenty-five", "forty-five": a number written as two number words. */
    private boolean compoundNumber(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && lang.quantities.contains(w.substring(0, dash)) && lang.quantities.contains(w.substring(dash + 1));
    }

    /**
     * "the stocktake had to be redone", "the first analysis had to be rerun", "needed to be reprinted": the
     * work had to be done again, which says it was not right the first time. A passive of a verb with the
     * prefix "re-" after "had to be", "needed to be" or "has/have to be" ("all twelve have to be remade"). Ends after
     * the participle; -1 when not.
     */
    private int reworkEnd(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("had") || w.equals("needed") || w.equals("has") || w.equals("have")) || !t.word(i + 1).equals("to")
                || !t.word(i + 2).equals("be")) return -1;
        int k = i + 3;
        if (!t.isWord(k) || t.quoted[k]) return -1;
        String v = t.word[k];
        if (!v.startsWith("re") || v.length() < 5 || !(grammar.isPast(t, k) || v.endsWith("one") || v.endsWith("un")
                || v.endsWith("en") || v.endsWith("t"))) return -1;
        return k + 1;
    }

    /**
     * "you said the feature was done, but the pull request was still a draft", "you told the customer her refund
     * was processed, but it wasn't submitted until Friday": the person's claim ("said", "told", "presented … as")
     * contradicted by the next clause, which is negated or says "still", and praises nothing. The claim itself is
     * the person's own words, so no problem word marks it. Ends after "but"; -1 when not.
     */
    private int contradictedClaimEnd(Tokens t, int i, boolean[] inStep) {
        if (t.quoted[i] || inStep[i]) return -1;
        if (!t.word[i].equals("but") && !(t.word[i].equals("and") || t.word[i].equals("which")) || !deniedInShort(t, i)) return -1;
        int sentence = Math.max(t.sentenceStart(i), i - CLAIM_WINDOW);
        int claim = -1;
        for (int k = sentence; k < i; k++) {
            if (!t.isWord(k) || t.quoted[k]) continue;
            boolean presentedAs = (t.word[k].equals("presented") || t.word[k].equals("reported")) && asFollows(t, k, i);
            // "after your call they think the hire includes the band, and it does not": a belief the person's act
            // left with someone else, denied in a short clause, is a misunderstanding the person caused
            if (BELIEFS.contains(t.word[k]) && !t.word[i].equals("but") && yoursBefore(t, sentence, k)) {
                String subject = t.word(k - 1);
                if (!subject.equals("i") && !subject.equals("we") && !subject.equals("you")) claim = k;
                continue;
            }
            if (lang.reportingVerbs.startingAt(t, k) != null || presentedAs) {
                int subject = k - 1;
                while (subject >= sentence && t.isWord(subject) && lang.auxiliaries.contains(t.word[subject])) subject--;
                if (subject >= sentence && grammar.isPerson(t, subject) && !t.word[subject].equals("i") && !t.word[subject].equals("we")) claim = k;
            }
        }
        if (claim < 0) return -1;
        // "you told me you were nervous, but it didn't show": a claim about oneself is not a claim about the work;
        // "you said the report was late, but nobody minded": a claim of a problem, contradicted, reassures
        for (int k = claim + 1; k < i; k++) {
            String w = t.word[k];
            if (!t.quoted[k] && (w.equals("you") || w.equals("i") || w.equals("we") || w.equals("'d") || w.equals("'ll"))) return -1;
            if (lang.criticism.startingAt(t, k) != null) return -1;
        }
        int end = Math.min(t.sentenceEnd(i), i + CLAIM_WINDOW);
        boolean denied = false;
        for (int k = i + 1; k < end; k++) {
            if (!t.isWord(k) || t.quoted[k]) continue;
            if (lang.praise.startingAt(t, k) != null) return -1;
            String w = t.word[k];
            if (lang.negations.contains(w) || w.equals("still") || w.equals("nobody")) denied = true;
            // "you told me you were nervous, but you…": the person goes on, the claim was theirs about themselves
            if (k == i + 1 && (w.equals("you") || w.equals("i") || w.equals("we"))) return -1;
        }
        return denied ? i + 1 : -1;
    }

    /** Verbs of believing: what someone else was left thinking. */
    private static final Set<String> BELIEFS = Set.of("think", "thinks", "thought", "believe", "believes", "believed",
            "assumed", "assume", "assumes");

    /** "you" or "your" before {@code k} in the stretch from {@code from}: the person's act comes first. */
    private static boolean yoursBefore(Tokens t, int from, int k) {
        for (int j = from; j < k; j++) {
            if (!t.quoted[j] && (t.word[j].equals("you") || t.word[j].equals("your"))) return true;
        }
        return false;
    }

    /**
     * After "and" or "which": the short clause that denies what came before, "…, and it was not", "…, and it does
     * not", "…, which is not true", "…, which it wasn't": an ellipsis that only contradicts. Always true for "but",
     * whose contradiction {@link #contradictedClaimEnd} reads in full.
     */
    private boolean deniedInShort(Tokens t, int i) {
        if (t.word[i].equals("but")) return true;
        int k = i + 1;
        if (t.word(k).equals("it") || t.word(k).equals("that") || t.word(k).equals("this") || t.word(k).equals("they")) k++;
        else if (!t.word[i].equals("which")) return false;
        if (!(lang.copulas.contains(t.word(k)) || lang.auxiliaries.contains(t.word(k)))) return false;
        k++;
        if (!(t.word(k).equals("not") || t.word(k).equals("n't") || t.word(k).equals("never"))) return false;
        k++;
        if (t.word(k).equals("true") || t.word(k).equals("so") || t.word(k).equals("correct") || t.word(k).equals("right")) k++;
        else if (t.word(k).equals("the") && t.word(k + 1).equals("case")) k += 2;
        return !t.isWord(k);
    }

    /** Words that say what a why-question asks about went wrong: it happened again, still, or without what it needed. */
    private static final Set<String> REPROACHED = Set.of("again", "still", "keep", "keeps", "kept", "without", "nobody",
            "never", "yet", "twice");

    /** Auxiliaries of a past or present fact after "why": "why was the alarm off?", "why did the renewal slip?". */
    private static final Set<String> FACT_AUXILIARIES = Set.of("was", "were", "did", "does", "do", "is", "are", "has",
            "have", "had", "wasn't", "weren't", "didn't", "isn't", "hasn't");

    /**
     * "Why was the bed alarm switched off again?", "Why did the renewal slip without anyone knowing?", "Why does this
     * keep happening?": a question that asks the reason for what happened reproaches it; it asks for no step, so
     * it is criticism. Only when what it asks about went wrong: it happened again or still, without something, or
     * with a problem word or a bad outcome ("Why did the new starters enjoy it so much?" asks no reproach). Not a
     * question that offers a step ("Why don't you…?"), nor a quoted one, nor a reported "why" inside a sentence ("I
     * asked why…"): only a sentence that opens with "why" and ends with "?".
     */
    private int reproachEnd(Tokens t, int i, boolean[] inStep) {
        if (!t.word[i].equals("why") || t.quoted[i] || inStep[i]) return -1;
        int first = t.sentenceStart(i);
        for (int k = first; k < i; k++) {
            if (t.isWord(k) && !lang.discourse.contains(t.word[k])) return -1;
        }
        String aux = t.word(i + 1);
        if (!FACT_AUXILIARIES.contains(aux)) return -1;
        int end = t.sentenceEnd(i);
        boolean asked = false;
        boolean faulted = false;
        for (int k = i + 1; k < end; k++) {
            if (t.quoted[k]) return -1;
            String w = t.word[k];
            if (k <= i + 3 && (w.equals("n't") || w.equals("not")) && (aux.equals("do") || aux.equals("does") || aux.equals("did"))) return -1;
            if (w.equals("we") || w.equals("i") || lang.praise.startingAt(t, k) != null) return -1;
            if (t.isPunct(k) && w.equals("?")) asked = true;
            // what is asked about went wrong: again, still, kept happening, was not done, or a problem word
            if (REPROACHED.contains(w) || lang.negations.contains(w) || lang.criticism.startingAt(t, k) != null
                    || lang.outcomes.startingAt(t, k) != null && !lang.outcomes.startingAt(t, k).tag().equals("transaction")) {
                faulted = true;
            }
        }
        if (!faulted) return -1;
        // "Why did the pupils love it? Because you let them run it.": a question the writer answers sets up praise
        int next = end;
        while (next < t.size && !t.isWord(next)) next++;
        if (next < t.size && t.word[next].equals("because")) return -1;
        return asked ? i + 2 : -1;
    }

    /** "had no tests", "with no description": missing something; not "had no downtime". */
    private int lackEnd(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("no") || w.equals("zero"))) return -1;
        if (!context.carried(t, i) && !t.word(i - 1).equals("with")) return -1;
        int noun = i + 1;
        if (!t.isWord(noun) || lang.criticism.startingAt(t, noun) != null) return -1;
        return noun + 1;
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
        if (lang.traits.contains(t.word[k]) || t.word[k].equals("a") || t.word[k].equals("only")) return false;
        return !(t.word[i].equals("never") && doublyNegated(t, k));
    }

    /**
     * "you never say no", "you never merge without a second review", "you never made me feel slow": what the
     * negated verb phrase holds is itself a negation or a problem, so the two cancel out and the clause praises.
     */
    private boolean doublyNegated(Tokens t, int from) {
        int end = grammar.clauseEnd(t, from);
        for (int k = from; k < end; k++) {
            if (!t.isWord(k) || t.quoted[k]) continue;
            String w = t.word[k];
            if (lang.negations.contains(w) || w.equals("without") || w.equals("no") || w.equals("nobody") || w.equals("nothing")) return true;
            if (lang.criticism.startingAt(t, k) != null) return true;
            String tag = lang.traits.tagOf(w);
            if (tag != null && tag.startsWith("-")) return true;
        }
        return false;
    }

    /** "you never let a report go unanswered": a problem inside a clause that "never" negates is no problem. */
    private boolean negatedByNever(Tokens t, int i) {
        int clause = grammar.clauseStart(t, i);
        for (int k = clause; k < i; k++) {
            if (t.word[k].equals("never") && !t.quoted[k]) {
                int subject = grammar.clauseSubject(t, clause, k);
                return subject >= 0 && grammar.isPerson(t, subject);
            }
        }
        return false;
    }

    /** "the note you wrote didn't mention...", "your PR doesn't...": the thing is the person's work. */
    private boolean ownedByPerson(Tokens t, int j) {
        if (j < 0) return false; // "Needs more depth." opens the text: nothing before it can be the person's work
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

    private static boolean[] covered(Tokens t, PhraseSet exceptions) {
        boolean[] covered = new boolean[t.size];
        for (int i = 0; i < t.size; i++) {
            int length = exceptions.lengthAt(t, i);
            for (int k = i; k < i + length; k++) covered[k] = true;
        }
        return covered;
    }
}
