package org.tandem.feedback;

import java.util.Set;

/**
 * Criticism stated only by what it caused: "the invoice you sent was paid twice", "the pallet you wrapped on Tuesday
 * collapsed", "you rebooked the hearing, and the witness's flight cannot be refunded". No problem word names what
 * the person did wrong; a bad OUTCOME ({@code outcomes.txt}: loss, harm, someone's reaction, failure, cost to
 * others, a mix-up, a shortfall, or a transaction done more than once) is tied to the person's act or work by the
 * grammar of the sentence. It counts when all of these hold:
 * <ul>
 *   <li>the cause is the person's: "you" or "your" earlier in the outcome's clause ("the quote YOU sent … was
 *       rejected"), or in an earlier clause of the same sentence that the outcome follows as its effect ("YOU moved
 *       the hearing, and the witness …"); a clause opened by "when", "while", "if" and the like is a scene, not an
 *       effect;</li>
 *   <li>the outcome happened: not under a modal ("would fall over"), not after "before", "until", "if" or "or"
 *       between the cause and it ("you stopped the pump before the patient bled"), not negated ("nothing was
 *       thrown away", "nobody complained");</li>
 *   <li>it happened to someone or something else: the outcome's own subject is not the person ("you cancelled the
 *       subscription for her" is an act, not a consequence);</li>
 *   <li>the sentence neither praises nor thanks, and does not have the person fixing, catching or preventing it
 *       ("you found every double charge and refunded it").</li>
 * </ul>
 * Each finding names the outcome's words. Linear: every check looks at most one sentence around the word.
 */
final class OutcomeScan {

    /** Words between the cause and the outcome that make the outcome one that was prevented or only possible. */
    private static final Set<String> AVERTED = Set.of("before", "until", "till", "if", "unless", "otherwise", "or",
            "lest", "whether", "in case");

    /** Openers of a clause that sets a scene or states a condition rather than an effect. */
    private static final Set<String> SCENE = Set.of("when", "whenever", "while", "although", "though", "whereas", "if",
            "unless", "until", "whether", "before", "because", "once");

    /** Words that make what follows hypothetical. */
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "will", "can", "'d", "'ll", "should",
            "must", "to");

    /** Words that repeat a transaction: "paid twice", "charged three times", "booked double". */
    private static final Set<String> AGAIN = Set.of("twice", "double", "double-booked", "double-charged");

    private static final int TRANSACTION_REACH = 5;

    /** Verbs that say what a piece of work holds or shows: after "still", what should have gone was left in. */
    private static final Set<String> LEFT_IN = Set.of("had", "has", "have", "contained", "contains", "showed", "shows",
            "listed", "lists", "named", "names", "included", "includes", "said", "says", "mentioned");

    /** What someone else was made to do that says it went badly: "made the customer cancel", "forced us to redo it". */
    private static final Set<String> REACTIONS = Set.of("cancel", "complain", "quit", "leave", "cry", "panic", "wait",
            "redo", "restart", "start", "pay", "refund", "apologise", "apologize", "escalate");

    /** Words that deny an outcome in its clause: "nobody complained", "no guest was hurt", "never ran out". */
    private static final Set<String> DENIALS = Set.of("no", "nobody", "nothing", "none", "never", "not", "n't", "without",
            "neither", "nor", "no-one");

    /**
     * Acts that undo or stop a bad outcome: with the person as their subject, the sentence tells of a rescue, not a
     * consequence ("you found every double charge and refunded it"). Narrower than the neutralizers of problem words:
     * "you raised the order", "you closed the ticket" undo nothing.
     */
    private static final Set<String> REMEDIES = Set.of("fixed", "fix", "fixes", "fixing", "resolved", "solved", "caught",
            "catch", "spotted", "found", "prevented", "prevent", "avoided", "saved", "rescued", "recovered", "restored",
            "unblocked", "stopped", "refunded", "replaced", "rebooked", "corrected", "repaired", "calmed", "noticed", "queried",
            "flagged", "warned", "checked", "cleaned", "reclaimed");

    /**
     * An outcome word used before a noun that a determiner, number or possessive points at names a thing, not what
     * happened: "the damaged pallet", "two rejected options", "the angry call" (but "we had 200 unsubscribes").
     */
    private boolean namesAThing(Tokens t, int i) {
        String before = t.word(i - 1);
        if (lang.outcomes.startingAt(t, i) == null || lang.outcomes.startingAt(t, i).words().length > 1
                || before.equals("that") || before.equals("which") || lang.negations.contains(t.word[i])) return false;
        boolean pointed = lang.determiners.contains(before) || lang.possessives.contains(before) || t.hasDigit(i - 1)
                || lang.quantities.contains(before) || before.equals("'s");
        return pointed && t.kind[Math.min(i + 1, t.size - 1)] == Tokens.Kind.WORD && i + 1 < t.size
                && !FOLLOWERS.contains(t.word[i + 1]);
    }

    /** Words that follow an outcome used as a predicate rather than before a noun ("the order was damaged in transit"). */
    private static final Set<String> FOLLOWERS = Set.of("by", "at", "in", "on", "for", "to", "and", "or", "with", "from",
            "after", "because", "when", "so", "but", "again", "twice", "overnight", "away", "out", "off");

    private final FeedbackLanguage lang;
    private final Grammar grammar;

    OutcomeScan(FeedbackLanguage lang, Grammar grammar) {
        this.lang = lang;
        this.grammar = grammar;
    }

    /**
     * Where a bad outcome that the person caused ends, when one starts at token {@code i}; -1 when not. {@code
     * notPraise} marks words that look like praise but are not ("fine" in "was fined").
     */
    int outcomeEnd(Tokens t, int i, boolean[] inStep, boolean[] notPraise) {
        if (!t.isWord(i) || t.quoted[i] || inStep[i]) return -1;
        int undone = undoneDutyEnd(t, i);
        if (undone > 0) return praisedOrRemedied(t, i, notPraise) ? -1 : undone;
        int left = leftBehindEnd(t, i);
        if (left > 0) return praisedOrRemedied(t, i, notPraise) ? -1 : left;
        int early = prematureEnd(t, i);
        if (early > 0) return praisedOrRemedied(t, i, notPraise) ? -1 : early;
        int to = outcomeAt(t, i);
        if (to < 0) return -1;
        // "you charged the customer twice" is the person's act and the outcome at once; other outcomes happen to others
        var phrase = lang.outcomes.startingAt(t, i);
        boolean transaction = phrase != null && phrase.tag().equals("transaction");
        // a mix-up or shortfall is bad whoever did it ("you double-booked the terrace"); other outcomes happen to others
        boolean anyAgent = transaction || phrase != null && (phrase.tag().equals("mixup") || phrase.tag().equals("shortfall"))
                || t.word[i].equals("instead");
        // "went to all partners instead of two": "to" before a substitution is a preposition, not an intention
        boolean substituted = t.word[i].equals("instead");
        if (!substituted && hypothetical(t, i) || substituted && modalBefore(t, i) || denied(t, i)
                || !anyAgent && doneByThePerson(t, i)) return -1;
        if (!transaction && !t.word[i].equals("another") && namesAThing(t, i)) return -1;
        if (!causedByThePerson(t, i)) return -1;
        if (praisedOrRemedied(t, i, notPraise)) return -1;
        return to;
    }

    /**
     * One past the outcome's words, or -1: a listed outcome, "another client's", or a transaction followed in its
     * clause by "twice", "double" or "N times" (N of two or more).
     */
    private int outcomeAt(Tokens t, int i) {
        var phrase = lang.outcomes.startingAt(t, i);
        if (phrase != null && phrase.words().length == 2 && phrase.words()[0].equals("had") && phrase.words()[1].equals("to")) {
            return forcedWorkEnd(t, i + 2);
        }
        if (phrase != null && !phrase.tag().equals("transaction")) return i + phrase.words().length;
        String w = t.word[i];
        // "the ward was one nurse short", "the till was 85 pounds short": less than needed by an amount
        if (w.equals("short") && (!t.isWord(i + 1) || SHORT_FOLLOWERS.contains(t.word[i + 1]))) {
            for (int k = i - 1; k >= Math.max(t.sentenceStart(i), i - 3); k--) {
                if (!t.isWord(k)) break;
                if (t.hasDigit(k) || lang.quantities.contains(t.word[k]) && !t.word[k].equals("a") && !t.word[k].equals("an")) return i + 1;
            }
            return -1;
        }
        // "went out with 200 units instead of 20", "charged for two nights instead of one": one value put for another
        if (w.equals("instead") && t.word(i + 1).equals("of")) return substitutedEnd(t, i);
        // "nobody in the Madrid office could reach the VPN": no one was able to
        if (w.equals("nobody") || w.equals("no-one") || w.equals("no") && t.word(i + 1).equals("one")) {
            int end = Math.min(grammar.clauseEnd(t, i), i + 7);
            for (int k = i + 1; k < end; k++) {
                String v = t.word[k];
                if (v.equals("could") || v.equals("can") || v.equals("was") && t.word(k + 1).equals("able")) return k + 1;
            }
            return -1;
        }
        // "the note said 40 boxes, but only 32 came off the truck": fewer than stated or needed
        if (w.equals("only") && t.word(i - 1).equals("but") && t.isWord(i + 1)
                && (t.hasDigit(i + 1) || lang.quantities.contains(t.word[i + 1]) && !t.word[i + 1].equals("a"))) {
            return i + 2;
        }
        // "your answer made the customer cancel her order": the person's act made someone else give up or object
        if ((w.equals("made") || w.equals("forced")) && !t.quoted[i]) {
            int end = Math.min(grammar.clauseEnd(t, i), i + 5);
            for (int k = i + 1; k < end; k++) {
                if (REACTIONS.contains(t.word[k])) return k + 1;
            }
            return -1;
        }
        // "the spreadsheet you shared still had the participants' names": what should have been taken out was left in
        if (w.equals("still") && LEFT_IN.contains(t.word(i + 1)) && t.isWord(i + 2) && !lang.negations.contains(t.word(i + 2))) {
            return i + 2;
        }
        // "another candidate's name", "another customer's order": a mix-up of one person's thing with another's
        if (w.equals("another")) {
            for (int k = i + 1; k <= i + 3 && t.isWord(k); k++) {
                if (t.word[k].equals("'s")) return k + 1;
            }
            return -1;
        }
        if (phrase != null) {
            int end = Math.min(grammar.clauseEnd(t, i), i + TRANSACTION_REACH + 1);
            for (int k = i + 1; k < end; k++) {
                if (!t.isWord(k)) break;
                if (AGAIN.contains(t.word[k])) return k + 1;
                if (t.word[k].equals("times") && k - 1 > i && (t.hasDigit(k - 1) && !t.word[k - 1].equals("1")
                        || lang.quantities.contains(t.word[k - 1]) && !t.word[k - 1].equals("one") && !t.word[k - 1].equals("a"))) {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    /** Words after "short" that close the shortfall: "85 pounds short at the end of your shift", "one nurse short on Sunday". */
    private static final Set<String> SHORT_FOLLOWERS = Set.of("and", "of", "at", "on", "after", "by", "when", "for", "in");

    /** Units of time: "in 4 minutes instead of 15" tells of time saved, not of a mix-up. */
    private static final Set<String> DURATIONS = Set.of("second", "seconds", "minute", "minutes", "min", "mins", "hour",
            "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "times", "took", "takes", "take",
            "taking", "late", "early", "usual");

    /** What may follow "instead of" when one value or scope was put for another: a number, an amount, a named one. */
    private static final Set<String> SUBSTITUTED = Set.of("the", "only", "per", "all", "one", "just", "each", "every");

    /**
     * "the order went out with 200 units instead of 20", "you dispensed 10 mg instead of 5 mg", "your script deleted
     * the backups of all customers instead of only the test account", "the price you quoted was per month instead of
     * per year": a value, an amount or a scope put in place of the one meant, which is a mix-up whoever did it. Not
     * another act chosen ("instead of waiting", "instead of arguing": an "-ing" form), not time saved ("in 4 minutes
     * instead of 15", "took an hour instead of a day", "only twice instead of forty times"), and not a kind of thing
     * ("pictures instead of words", "a joke instead of a fight"): what follows "of" must be a number, an amount, a
     * quote or a determiner that picks one ("the", "only", "per", "all"). Ends after "of"; -1 when not.
     */
    private int substitutedEnd(Tokens t, int i) {
        int k = i + 2;
        if (!t.isWord(k)) return -1;
        String w = t.word[k];
        if (w.length() > 4 && w.endsWith("ing")) return -1;
        boolean value = t.hasDigit(k) || t.quoted[k] || SUBSTITUTED.contains(w)
                || lang.quantities.contains(w) && !w.equals("a") && !w.equals("an");
        if (!value) return -1;
        int from = localStart(t, i);
        // "you chose the train instead of the plane": with the person as subject, "the" picks one option of a choice;
        // only a value put for another ("you dispensed 10 mg instead of 5 mg") is a mix-up
        int subject = grammar.clauseSubject(t, from, i);
        if (subject >= 0 && isThePerson(t, subject) && !isWorkOfThePerson(t, subject, i) && !t.hasDigit(k)
                && !(lang.quantities.contains(w) || w.equals("per") || w.equals("only"))) return -1;
        int to = Math.min(grammar.clauseEnd(t, k), k + 4);
        for (int j = from; j < to; j++) {
            if (j == i || j == i + 1 || !t.isWord(j)) continue;
            String v = t.word[j];
            if (DURATIONS.contains(v) || j < i && (v.equals("only") || v.equals("just"))) return -1;
        }
        return i + 2;
    }

    /** Where or how a thing was left for the next one: a place ("on the desk", "in the queue") or a state ("open"). */
    private static final Set<String> LEFT_WHERE = Set.of("on", "in", "at", "out", "outside", "behind", "open", "unlocked",
            "unattended", "running", "lying", "overnight", "there", "for");

    /**
     * The subject of the passive at {@code i} ("was"/"were") is a thing, not a person: "the forms", "your notes", "The
     * Harris file"; nobody but "you" is named between it and the verb and nothing there denies it; and the clause is
     * not set as the scene of something else ("when the forms were left…").
     */
    private boolean thingInThePassive(Tokens t, int i) {
        int clause = localStart(t, i);
        int subject = grammar.clauseSubject(t, clause, i);
        if (subject < 0 || grammar.isPerson(t, subject) || !(lang.determiners.contains(t.word[subject])
                || lang.possessives.contains(t.word[subject]) || t.capitalized[subject] && !grammar.isName(t, subject))) return false;
        for (int j = subject; j < i; j++) {
            if (grammar.isPerson(t, j) && !t.word[j].equals("you") || DENIALS.contains(t.word[j])) return false;
        }
        int first = t.sentenceStart(i);
        int opener = grammar.clauseStart(t, i);
        return !(opener > first && SCENE.contains(t.word(opener - 1)));
    }

    /**
     * "the consent forms were left on the desk overnight", "the cash office was left open when you went home", "the
     * escalation was left in your queue over the weekend": a thing (not a person) left, in the passive, for others to
     * find; like a duty undone, nobody is named, and it is the person's unless a later clause has the person acting
     * on it ("the ward was left short, and you still…" sets the scene). Not what was left over or left to someone,
     * nor "nothing was left". Starts at the auxiliary; ends after "left" and the word after it; -1 when not.
     */
    private int leftBehindEnd(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("was") || w.equals("were"))) return -1;
        int k = i + 1;
        if (t.word(k).equals("just") || t.word(k).equals("then") || t.word(k).equals("also") || t.word(k).equals("simply")) k++;
        if (!t.word(k).equals("left") || t.quoted[k] || !t.isWord(k + 1)) return -1;
        String next = t.word(k + 1);
        // left somewhere or in a state that is no good for the next one: "on the desk", "open", "unlocked", "running"
        if (!(LEFT_WHERE.contains(next) || next.startsWith("un") && next.length() > 5 && !next.equals("untouched")
                && !next.equals("unharmed") && !next.equals("unchanged")) || next.equals("in") && t.word(k + 2).equals("charge")) return -1;
        if (!thingInThePassive(t, i)) return -1;
        int first = t.sentenceStart(i);
        for (int j = first; j < i; j++) {
            if (AVERTED.contains(t.word[j]) || MODALS.contains(t.word[j]) && !t.word[j].equals("to")) return -1;
        }
        // "…, and you moved it": the person acts on what was left, as the subject of a later clause; "… because the
        // van broke down": another cause is named
        for (int j = k + 1; j < t.sentenceEnd(i); j++) {
            if ((t.word[j].equals("because") || t.word[j].equals("since") || t.word[j].equals("due")) && !t.quoted[j]) {
                boolean yours = false;
                for (int c = j + 1; c < Math.min(t.sentenceEnd(i), j + 1 + CAUSE_WORDS); c++) {
                    if (t.word[c].equals("you") || t.word[c].equals("your")) yours = true;
                }
                if (!yours) return -1;
            }
            if (isThePerson(t, j) && !t.quoted[j]) {
                String before = t.word(j - 1);
                if (before.equals("and") || before.equals("but") || before.equals("so") || before.equals(",")
                        || before.equals(";") || before.equals("then")) return -1;
            }
        }
        return k + 2;
    }

    /**
     * "the fridge log was not filled in", "the main task was never reached", "the medicines were never ordered": a
     * thing (not a person) that was not done, in the passive, so nobody is named; the duty was the person's unless a
     * later clause of the sentence has the person acting on it ("the ward was not staffed, and you still…" sets the
     * scene). Not for outcomes and problems denied ("the wound was not infected", "nothing was damaged"), which are
     * good news. Starts at the auxiliary; ends after the participle; -1 when not.
     */
    private int undoneDutyEnd(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("was") || w.equals("were"))) return -1;
        int k = i + 1;
        if (!(t.word(k).equals("not") || t.word(k).equals("n't") || t.word(k).equals("never"))) return -1;
        k++;
        if (t.word(k).equals("even") || t.word(k).equals("properly") || t.word(k).equals("actually")) k++;
        if (!t.isWord(k) || t.quoted[k] || t.kind[k] != Tokens.Kind.WORD || !grammar.isPast(t, k)) return -1;
        String participle = t.word[k];
        if (lang.outcomes.startingAt(t, k) != null || lang.criticism.startingAt(t, k) != null || lang.traits.contains(participle)
                || lang.praise.contains(participle) || participle.startsWith("un")) return -1;
        if (!thingInThePassive(t, i)) return -1;
        int first = t.sentenceStart(i);
        for (int j = k + 1; j < t.sentenceEnd(i); j++) {
            // a name acts only as a subject ("…, and Priya caught it"), not as the one it was done to ("on Mrs Ito")
            if (isThePerson(t, j) && !t.quoted[j] && (!grammar.isName(t, j) || opensAClause(t, j))) return -1;
        }
        for (int j = first; j < i; j++) {
            if (AVERTED.contains(t.word[j])) return -1;
        }
        return k + 1;
    }

    /** The word before {@code j} joins a new clause: "and", "but", "so", "then", a comma or a semicolon. */
    private static boolean opensAClause(Tokens t, int j) {
        String before = t.word(j - 1);
        return before.equals("and") || before.equals("but") || before.equals("so") || before.equals("then")
                || before.equals(",") || before.equals(";") || before.equals("while") || before.equals("when");
    }

    /** Checks and approvals that someone else gives before the work may go on. */
    private static final Set<String> CHECKS = Set.of("reviewed", "inspected", "checked", "approved", "cleared", "signed",
            "seen", "confirmed", "verified", "tested", "agreed", "authorised", "authorized", "closed", "finished", "tried",
            "read", "replied", "answered", "consented", "arrived");

    /**
     * "you signed off the rebar before the engineer had inspected it", "you told the family before the doctor had
     * reviewed the scan", "you gave them the answers before they had tried": the person acted before someone else's
     * check or turn (the past perfect of a checking verb after "before"). Not when the other is the writer or
     * "anyone" ("before I had even asked" praises). Starts at "before"; ends after the verb; -1 when not.
     */
    private int prematureEnd(Tokens t, int i) {
        if (!t.word[i].equals("before") || t.quoted[i]) return -1;
        int actor = -1;
        for (int k = t.sentenceStart(i); k < i; k++) {
            if (isThePerson(t, k) && !t.quoted[k]) actor = k;
        }
        if (actor < 0) return -1;
        int end = Math.min(t.sentenceEnd(i), i + 7);
        for (int k = i + 1; k + 1 < end; k++) {
            String w = t.word[k];
            if (w.equals("i") || w.equals("we") || w.equals("anyone") || w.equals("anybody") || w.equals("you")
                    || t.isPunct(k)) return -1;
            if (w.equals("had") && k > i + 1) {
                int verb = t.word(k + 1).equals("even") || t.word(k + 1).equals("fully") ? k + 2 : k + 1;
                return CHECKS.contains(t.word(verb)) ? verb + 1 : -1;
            }
            // "before the references came back", "before legal approved it": the simple past says the same
            if (k > i + 1 && (CHECKS.contains(w) && !w.equals("seen") && !w.equals("read") || w.equals("came") && t.word(k + 1).equals("back"))) {
                return w.equals("came") ? k + 2 : k + 1;
            }
        }
        return -1;
    }

    /** Work that someone was forced into by a mistake: doing it again, undoing it, paying for it, or waiting. */
    private static final Set<String> FORCED = Set.of("redo", "fix", "repair", "chase", "apologise", "apologize", "wait",
            "throw", "bin", "pay", "refund", "cancel", "postpone", "reschedule", "rebook", "reject", "return", "rotate",
            "honour", "honor", "recall", "correct", "discard", "scrap", "delay", "undo", "replace", "repeat", "explain",
            "thrown", "binned", "paid", "refunded", "cancelled", "canceled", "postponed", "rescheduled", "rejected",
            "returned", "recalled", "corrected", "discarded", "scrapped", "delayed", "replaced", "repeated", "destroyed",
            "written", "evacuated", "closed", "sent");

    /**
     * After "had to": a forced piece of work ("the lab had to reject it", "finance had to honour it", "it had to be
     * thrown away", "the office had to reprint them"), or any verb done again ("re-" and five letters or more). Not
     * "the pupils had to work harder" or "you had to be quick", which say what the work asked; "had to … again" is
     * forced too. One past the verb (or "again"); -1.
     */
    private int forcedWorkEnd(Tokens t, int verb) {
        int k = t.word(verb).equals("be") ? verb + 1 : verb;
        if (!t.isWord(k) || t.quoted[k]) return -1;
        String w = t.word[k];
        boolean again = w.startsWith("re") && w.length() >= 5 && !w.equals("really") && !w.equals("read") && !w.startsWith("rea")
                && !w.startsWith("rem") && !w.startsWith("rel");
        if (FORCED.contains(w) || again || k > verb && lang.outcomes.startingAt(t, k) != null) {
            return w.equals("written") && t.word(k + 1).equals("off") ? k + 2 : k + 1;
        }
        // "we had to print them again": any work done a second time
        int end = Math.min(grammar.clauseEnd(t, k), k + 5);
        for (int j = k + 1; j < end; j++) {
            if (t.word[j].equals("again") && !t.quoted[j]) return j + 1;
        }
        return -1;
    }

    /** "would fall over", "could have been lost", "to avoid waste": a possible or intended outcome, not a real one. */
    private boolean hypothetical(Tokens t, int i) {
        String w = t.word[i];
        if (w.equals("could") || w.equals("can") || w.equals("cannot") || w.equals("can't")) {
            // "could not" is the failure itself, but "could not have …" praises
            return t.word(i + 2).equals("have") || t.word(i + 1).equals("have");
        }
        for (int k = i - 1; k >= Math.max(t.sentenceStart(i), i - 3); k--) {
            if (!t.isWord(k)) break;
            if (MODALS.contains(t.word[k])) return true;
        }
        return false;
    }

    /** A modal verb (not "to") in the few words before {@code i}: "would have gone to all of them instead of one". */
    private boolean modalBefore(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(t.sentenceStart(i), i - 6); k--) {
            if (!t.isWord(k)) break;
            if (MODALS.contains(t.word[k]) && !t.word[k].equals("to")) return true;
        }
        return false;
    }

    /** "nothing was thrown away", "no guest complained", "never ran out" in the outcome's own clause. */
    private boolean denied(Tokens t, int i) {
        if (DENIALS.contains(t.word[i]) || t.word[i].equals("could") || t.word[i].equals("can")) {
            return false; // the outcome is itself a failure ("could not", "nobody came")
        }
        int clause = localStart(t, i);
        for (int k = clause; k < i; k++) {
            if (!t.quoted[k] && (DENIALS.contains(t.word[k]) || lang.negations.contains(t.word[k]))) return true;
        }
        return false;
    }

    /** "you cancelled the subscription", "you threw out the expired stock": the person's own act, not a consequence. */
    private boolean doneByThePerson(Tokens t, int i) {
        // "the pallet you refused": "you" right before the outcome is its subject, in a relative clause
        if (t.word(i - 1).equals("you")) return true;
        int subject = grammar.clauseSubject(t, localStart(t, i), i);
        if (subject < 0 || !isThePerson(t, subject) || isWorkOfThePerson(t, subject, i)) return false;
        // in feedback to "you", "he" and "she" are other people ("your reply… and he has stopped paying rent")
        if (t.word[subject].equals("he") || t.word[subject].equals("she")) {
            for (int k = t.sentenceStart(i); k < t.sentenceEnd(i); k++) {
                if (t.word[k].equals("you") || t.word[k].equals("your")) return false;
            }
        }
        return true;
    }

    /** "the man you let in" is a person, but "the tenant you let in was…" still has the person's act in the subject. */
    private boolean isWorkOfThePerson(Tokens t, int subject, int i) {
        for (int k = subject + 1; k < i; k++) {
            if (t.word[k].equals("you")) return true;
        }
        return false;
    }

    /**
     * The cause is the person's: "you"/"your" before the outcome in its sentence, with no scene, prevention or
     * report between ("you said you feel stuck" passes on the person's words); or a cause named after it by "after",
     * "because" or "since" ("the client was billed three times after you re-sent the invoice").
     */
    private boolean causedByThePerson(Tokens t, int i) {
        int first = t.sentenceStart(i);
        int clause = grammar.clauseStart(t, i);
        // the outcome's clause is a scene ("when the customer was angry, you…") or a condition, not an effect
        if (clause > first && SCENE.contains(t.word(clause - 1))) return false;
        // "you said you feel stuck", "you told me the customer was angry": the person's words passed on
        for (int k = first + 1; k < i; k++) {
            if (!t.quoted[k] && lang.reportingVerbs.startingAt(t, k) != null && grammar.isPerson(t, k - 1)) return false;
        }
        for (int k = i - 1; k >= first; k--) {
            if (t.quoted[k] || !t.isWord(k)) continue;
            String w = t.word[k];
            if (AVERTED.contains(w)) return false;
            if (w.equals("you") || w.equals("your") || w.equals("yours")) return true;
        }
        int last = Math.min(t.sentenceEnd(i), i + CAUSE_REACH);
        for (int k = i + 1; k + 1 < last; k++) {
            String w = t.word[k];
            if (t.isPunct(k) && !w.equals(",")) return false;
            // "the customer was angry at first, but after your call she thanked us": a turn, not a cause
            if (w.equals("but") || w.equals("yet") || w.equals("however") || w.equals("then")) return false;
            // "85 pounds short at the end of your shift", "left in your queue", "during your round": the person's watch
            if (w.equals("your") && !t.quoted[k] && DUTY_PREPOSITIONS.contains(t.word(k - 1)) && !lang.personNouns.contains(t.word(k + 1))) {
                return true;
            }
            if ((w.equals("after") || w.equals("because") || w.equals("since")) && !t.quoted[k]) {
                // "because the dose you charted was crossed out", "after your mail merge"
                int end = Math.min(grammar.clauseEnd(t, k + 1), k + 1 + CAUSE_WORDS);
                for (int j = k + 1; j < end; j++) {
                    if (t.word[j].equals("you") || t.word[j].equals("your")) return true;
                }
                return false;
            }
        }
        return false;
    }

    private static final int CAUSE_REACH = 15;

    /** Prepositions that put an outcome in the person's time or place: "during your shift", "at the end of your round". */
    private static final Set<String> DUTY_PREPOSITIONS = Set.of("during", "of", "in", "on", "under");
    private static final int CAUSE_WORDS = 5;

    /** The sentence praises or thanks, or has the person fixing, catching or preventing the outcome. */
    private boolean praisedOrRemedied(Tokens t, int i, boolean[] notPraise) {
        int first = t.sentenceStart(i);
        int last = t.sentenceEnd(i);
        // "I appreciate your energy, but the budget you presented was 40k over": praise conceded before a turn
        // ("but", "however", "yet") to the outcome does not take the outcome back
        int conceded = first;
        for (int k = first; k < i; k++) {
            String w = t.word[k];
            if (!t.quoted[k] && (w.equals("but") || w.equals("however") || w.equals("yet"))) conceded = k + 1;
        }
        for (int k = first; k < last; k++) {
            if (!t.isWord(k) || t.quoted[k]) continue;
            String w = t.word[k];
            boolean concededPraise = k < conceded;
            // "thanks to your check, the invoice was paid only once": gratitude, even where "thanks to" only links
            if (w.startsWith("thank") && !concededPraise) return true;
            if (!notPraise[k] && !concededPraise && lang.praise.startingAt(t, k) != null) return true;
            if (REMEDIES.contains(w) || w.equals("rolled") && t.word(k + 1).equals("back")) {
                // the person does it ("you found…", "you noticed the cap was loose and stopped the pushback"), not
                // someone else ("they found it before we did", "the tenant… he stopped paying"), and it is not denied
                // ("nobody noticed"); "the shelf you fixed" names the work in a relative clause, it rescues nothing
                if (lang.negations.contains(t.word(k - 1)) || DENIALS.contains(t.word(k - 1))) continue;
                if (t.word(k - 1).equals("you") && namesTheWork(t, k - 2)) continue;
                int clause = localStart(t, k);
                if (clause > first && AVERTED.contains(t.word(clause - 1))) continue;
                for (int j = k - 1; j >= clause; j--) {
                    if (!t.isWord(j) || t.quoted[j]) continue;
                    if (AVERTED.contains(t.word[j])) break;
                    if (grammar.isPerson(t, j)) {
                        if (t.word[j].equals("you") || grammar.isName(t, j) && isThePerson(t, j)) return true;
                        break;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The person the feedback is for: "you", "he", "she" or a name; not the writer, "we", "they", nor people named by
     * a noun ("two customers", "the guest"), who are the ones an outcome happens to.
     */
    private boolean isThePerson(Tokens t, int k) {
        if (!t.isWord(k) || t.quoted[k]) return false;
        String w = t.word[k];
        if (w.equals("you") || w.equals("he") || w.equals("she")) return true;
        return grammar.isName(t, k) && !lang.quantities.contains(w) && !lang.personNouns.contains(t.word(k + 1))
                && !lang.personNouns.contains(w);
    }

    /** "the shelf [you fixed]", "the bug that [you fixed]": a noun or "that" before "you" opens a relative clause. */
    private boolean namesTheWork(Tokens t, int k) {
        if (!t.isWord(k) || t.quoted[k]) return false;
        String w = t.word[k];
        if (w.equals("that") || w.equals("which")) return true;
        return t.kind[k] == Tokens.Kind.WORD && !lang.discourse.contains(w) && !lang.clauseOpeners.contains(w)
                && !lang.timePoints.contains(w) && !w.equals("and") && !w.equals("then") && !w.equals("so") && !w.equals("but")
                && !w.equals("or") && !w.endsWith("ly") && !lang.negations.contains(w) && !lang.auxiliaries.contains(w);
    }

    /** The start of the smallest clause around {@code i}, where "and", "so" and "then" also begin one. */
    private int localStart(Tokens t, int i) {
        int clause = grammar.clauseStart(t, i);
        for (int k = i - 1; k > clause; k--) {
            String w = t.word[k];
            if (w.equals("and") || w.equals("so") || w.equals("then") || w.equals("but")) return k + 1;
        }
        return clause;
    }
}
