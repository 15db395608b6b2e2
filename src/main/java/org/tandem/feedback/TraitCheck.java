package org.tandem.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a judgement of the person: a trait word joined to a person by a copula ("you are lazy", "she's so
 * disorganized", "you come across as arrogant"), a qualified role ("a natural leader"), a person's trait noun
 * ("your arrogance") or a trait noun addressed to them ("you genius"). A trait word on a thing ("a careless
 * mistake", "smart caching", "lazy-loading") is not about the person and stays silent, and so does advice
 * ("you should be more careful") and anything inside quotes.
 */
final class TraitCheck {

    /** Words before a job that say which job, not how well it is done. */
    private static final Set<String> JOB_GRADES = Set.of("new", "senior", "junior", "lead", "staff", "head", "chief",
            "former", "trainee", "student", "charge", "registered", "agency", "night", "day", "part-time", "full-time",
            "contract", "principal", "associate", "assistant", "software", "backend", "frontend", "sales", "support",
            "research", "team", "ward", "qualified", "first-year", "second-year", "graduate", "temporary");

    /** After "too", words of amount or time, which say how much or when rather than who someone is. */
    private static final Set<String> NOT_A_QUALITY = Set.of("much", "many", "few", "little", "often",
            "long", "far", "early", "late", "soon", "fast", "quickly", "busy", "and", "or", "but", "to");

    private static final Set<String> WITH_WHOM = Set.of("with", "to", "towards", "toward", "about");

    /** Endings of adjectives of character, and words with those endings that name a passing state or a thing. */
    private static final List<String> QUALITY_ENDINGS =
            List.of("ous", "ive", "ful", "less", "ic", "ish", "ant", "ent", "able", "ible", "al");

    private static final Set<String> STATES = Set.of(
            "available", "unavailable", "present", "absent", "responsible", "accountable", "eligible", "capable",
            "comfortable", "uncomfortable", "sorry", "happy", "unhappy", "ready", "busy", "sleepy", "hungry",
            "angry", "worried", "pregnant", "hospital", "local", "remote", "external", "internal", "original",
            "normal", "usual", "grateful", "thankful", "hopeful", "able", "unable", "unsure", "aware", "medical",
            "critical", "essential", "crucial", "useful", "doubtful", "active", "inactive", "offline", "online",
            "silent", "different", "nervous", "anxious", "curious", "independent", "dependent", "relevant", "alive",
            "alone", "entry", "party",
            "company", "story", "study", "copy", "reply", "policy", "penalty", "ninety", "eighty", "seventy",
            "sixty", "fifty", "forty", "thirty", "twenty", "plenty", "empty", "heavy", "steady", "dirty", "healthy",
            "wealthy", "early", "stable", "unstable", "conscious", "unconscious", "diabetic", "allergic", "septic",
            "asthmatic", "epileptic", "sick", "ill", "legal", "illegal", "official", "final", "optional",
            "mandatory", "identical", "similar", "equal", "visible", "invisible", "possible", "impossible",
            "necessary", "ordinary", "temporary", "permanent", "fluent", "bilingual", "vegetarian");

    private static final int MAX_FILLERS = 6;
    private static final int MAX_CONJUNCTS = 3;

    private final FeedbackLanguage lang;
    private final Grammar grammar;

    TraitCheck(FeedbackLanguage lang, Grammar grammar) {
        this.lang = lang;
        this.grammar = grammar;
    }

    List<Mark> find(Tokens t) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || t.quoted[i]) continue;
            Mark mark = traitWordAt(t, i);
            if (mark == null) mark = traitNounAt(t, i);
            if (mark == null) mark = exclamationAt(t, i);
            if (mark == null) mark = labelAt(t, i);
            if (mark == null) mark = verblessExclamationAt(t, i);
            if (mark == null) mark = superlativeAt(t, i);
            if (mark != null) {
                Mark last = marks.isEmpty() ? null : marks.getLast();
                if (last != null && mark.from() < last.to()) {
                    // "you are rude and lazy": one judgement of one person, reported once
                    var polarity = last.polarity() == Mark.Polarity.NEUTRAL ? mark.polarity() : last.polarity();
                    marks.set(marks.size() - 1, new Mark(last.from(), Math.max(last.to(), mark.to()), polarity));
                } else {
                    marks.add(mark);
                }
                i = mark.to() - 1;
            }
        }
        return marks;
    }

    private Mark traitWordAt(Tokens t, int i) {
        int from = i;
        int to;
        Mark.Polarity polarity;
        boolean direct;
        var trait = lang.traits.startingAt(t, i);
        if (trait == null) trait = superlative(t.word[i]);
        if (trait == null) trait = negatedByPrefix(t.word[i]);
        if (trait != null) {
            to = i + trait.words().length;
            // "proud of the release" is about a thing; "dismissive of the junior doctor", "supportive of other
            // people's ideas" says how the person treats others
            if (trait.words().length == 1 && t.word(to).equals("of") && !pointsAtOthers(t, to + 1)) return null;
            polarity = Mark.polarityOf(trait.tag());
            direct = trait.tag().endsWith("n");
        } else if (lang.roleQualifiers.contains(t.word[i]) && lang.roleNouns.startingAt(t, i + 1) != null) {
            to = i + 1 + lang.roleNouns.startingAt(t, i + 1).words().length;
            polarity = polarityOfQualifier(t.word[i]);
            direct = false;
        } else if (t.word[i].equals("too") && t.isWord(i + 1) && !t.quoted[i + 1] && (!NOT_A_QUALITY.contains(t.word[i + 1])
                || t.word[i + 1].equals("much") && t.isWord(i + 2) && !NOT_A_QUALITY.contains(t.word[i + 2]) && closesPredicate(t, i + 3))) {
            // "you are too soft", "she's too slow with customers": an excess of a quality, said of the person
            to = t.word[i + 1].equals("much") ? i + 3 : i + 2;
            polarity = Mark.Polarity.CRITICISM;
            direct = false;
        } else if ((to = gradedQuality(t, i)) > 0) {
            // "she is so calm with angry callers", "you're so brave", "you are not strict enough": a word graded by
            // "so", "very", "extremely"… or "not … enough" that closes what is said of "you", "he", "she" or a name
            polarity = t.word(to - 1).equals("enough") ? Mark.Polarity.CRITICISM : Mark.Polarity.NEUTRAL;
            int subject = personBefore(t, from, to, false);
            if (subject < 0 || !isAddressee(t, subject)) return null;
            return new Mark(subject, to, negatedBetween(t, subject, from) && polarity == Mark.Polarity.NEUTRAL ? Mark.Polarity.CRITICISM : polarity);
        } else if (looksLikeAQuality(t, i) && closesPredicate(t, i + 1)) {
            // "you are bossy", "she's so dismissive with juniors": a word shaped like an adjective that closes
            // what is said of a person; whether it praises or criticises is left open
            to = i + 1;
            polarity = Mark.Polarity.NEUTRAL;
            direct = false;
        } else {
            return null;
        }
        int subject = personBefore(t, from, to, direct);
        if (subject < 0) return null;
        var role = lang.roleNouns.startingAt(t, to);
        if (role != null) to += role.words().length;
        boolean order = isOrderNotToBe(t.word[subject]);
        boolean flipped = !order && negatedBetween(t, subject, from);
        // "don't be so touchy", "stop being cagey": asking someone not to be something criticises it
        if (order && polarity == Mark.Polarity.NEUTRAL) polarity = Mark.Polarity.CRITICISM;
        return new Mark(subject, to, flipped ? flip(polarity) : polarity);
    }

    /** Degree words that grade a quality: "so calm", "very patient", "extremely slow". */
    private static final Set<String> GRADERS = Set.of("so", "very", "really", "extremely", "incredibly", "super", "truly",
            "genuinely", "remarkably", "exceptionally", "unbelievably", "awfully", "terribly", "quite", "rather", "pretty");

    /**
     * One past a graded quality at {@code i}: a word after a degree word ("so calm", "very patient") or between "not"
     * and "enough" ("not strict enough") that closes the predicate; -1 when not. Not a word of amount, time or a
     * passing state ("so late", "very busy", "so tired"), an adverb in "-ly", a participle in "-ed", a listed word of
     * the situation, nor a number.
     */
    private int gradedQuality(Tokens t, int i) {
        if (t.kind[i] != Tokens.Kind.WORD || t.quoted[i]) return -1;
        // the shape first (cheap): a degree word before, or "not … enough" around
        String before = t.word(i - 1);
        boolean enough = t.word(i + 1).equals("enough");
        if (!enough && !GRADERS.contains(before)) return -1;
        String w = t.word[i];
        if (w.length() < 3 || w.indexOf('-') >= 0 || STATES.contains(w) || NOT_A_QUALITY.contains(w) || PASSING.contains(w)
                || w.endsWith("ly") && !w.equals("friendly") || w.endsWith("ed") || w.endsWith("ing")) return -1;
        if (lang.determiners.contains(w) || lang.possessives.contains(w) || lang.intensifiers.contains(w) || lang.situations.contains(w)
                || lang.personNouns.contains(w) || lang.personPronouns.contains(w) || lang.timePoints.contains(w)
                || lang.quantities.contains(w) || lang.negations.contains(w)) return -1;
        if (enough) {
            boolean negated = before.equals("not") || before.equals("n't")
                    || lang.intensifiers.contains(before) && (t.word(i - 2).equals("not") || t.word(i - 2).equals("n't"));
            return negated && closesPredicate(t, i + 2) ? i + 2 : -1;
        }
        // "very quick to answer": how an action went, not who the person is; "so kind to the residents" says to whom
        if (t.word(i + 1).equals("to") && !(lang.determiners.contains(t.word(i + 2)) || lang.possessives.contains(t.word(i + 2))
                || grammar.isPerson(t, i + 2) || lang.personNouns.contains(t.word(i + 2)) || t.word(i + 2).equals("everyone"))) return -1;
        return closesPredicate(t, i + 1) ? i + 1 : -1;
    }

    /** Passing states and other words that a degree word grades without judging the person. */
    private static final Set<String> PASSING = Set.of("tired", "exhausted", "quiet", "calm-down", "nervous", "stressed",
            "sure", "glad", "sad", "upset", "right", "wrong", "true", "close", "new", "young", "old", "far", "near",
            "full", "free", "cold", "hot", "warm", "wet", "dry", "loud", "big", "small", "short", "tall", "high", "low",
            "hard", "fast", "slowly", "well", "good", "great", "nice", "bad", "much", "many", "little", "lucky", "proud",
            "excited", "keen", "fine", "okay", "ok", "clear", "important", "thankful", "grateful", "pleased", "that",
            "long", "ill", "sick", "scared", "afraid", "surprised", "happy", "unhappy", "bored", "busy");

    /** "you", "he", "she" or a name: the person the feedback is about, not a group named by a noun. */
    private boolean isAddressee(Tokens t, int k) {
        String w = t.word[k];
        return w.equals("you") || w.equals("he") || w.equals("she") || grammar.isName(t, k);
    }

    /**
     * A word shaped like an English adjective of character: its ending ("-ous", "-ive", "-ful", "-less", "-ic",
     * "-ish", "-ant", "-ent", "-able", "-ible", "-al", or a "-y" that is not "-ly"). Passive participles ("-ed")
     * are not taken, nor words for a passing state ("available", "present", "absent").
     */
    private boolean looksLikeAQuality(Tokens t, int i) {
        if (t.kind[i] != Tokens.Kind.WORD || t.quoted[i]) return false;
        String w = t.word[i];
        if (w.length() < 5 || w.indexOf('-') >= 0 || STATES.contains(w)) return false;
        if (lang.situations.contains(w) || lang.personNouns.contains(w) || lang.praise.contains(w) || lang.criticism.contains(w)) return false;
        for (String ending : QUALITY_ENDINGS) {
            if (w.endsWith(ending)) return true;
        }
        return w.endsWith("y") && !w.endsWith("ly") && !w.endsWith("ay") && !w.endsWith("ey") && !w.endsWith("ity") && !w.endsWith("ry");
    }

    /** The predicate ends here: end of clause, a list, or a short "with/to/about/towards …" that says with whom. */
    private boolean closesPredicate(Tokens t, int k) {
        if (k >= t.size || !t.isWord(k) || isCoordinator(t, k) || lang.clauseOpeners.contains(t.word[k])) return true;
        return WITH_WHOM.contains(t.word[k]);
    }

    /**
     * "What a natural teacher you are!", "What a kind person she is": an exclamation whose subject is the person
     * and whose predicate is the whole noun phrase. Praise unless a critical trait word is in it.
     */
    private Mark exclamationAt(Tokens t, int i) {
        if (!t.word[i].equals("what") || !(t.word(i + 1).equals("a") || t.word(i + 1).equals("an"))) return null;
        if (t.sentenceStart(i) != i && !t.isPunct(i - 1)) return null;
        int end = Math.min(t.sentenceEnd(i), i + 10);
        var polarity = Mark.Polarity.PRAISE;
        for (int k = i + 2; k < end; k++) {
            if (!t.isWord(k) || t.quoted[k]) return null;
            String tag = lang.traits.tagOf(t.word[k]);
            if (tag != null && tag.startsWith("-")) polarity = Mark.Polarity.CRITICISM;
            // "What a natural teacher you are!", "What a brilliant mind you have!"
            if (k > i + 2 && lang.personPronouns.contains(t.word[k])
                    && (lang.copulas.contains(t.word(k + 1)) || isHave(t.word(k + 1))) && !t.isWord(k + 2)) {
                return new Mark(i, k + 2, polarity);
            }
        }
        return null;
    }

    /**
     * "He's a 10x engineer", "you're such a drama queen", "the new hire is a slacker": the person is classed as a
     * kind of person by an indefinite noun phrase that closes the predicate. Not a plain job ("she is a nurse",
     * "he is a senior engineer"): a role noun only judges with a qualifier that is not a job grade.
     */
    private Mark labelAt(Tokens t, int i) {
        int article = i;
        boolean such = t.word[i].equals("such");
        if (such) article++;
        if (!(t.word(article).equals("a") || t.word(article).equals("an"))) return null;
        int noun = -1;
        for (int k = article + 1; k <= article + 3 && k < t.size; k++) {
            if (!t.isWord(k) || t.quoted[k]) return null;
            if (closesPredicate(t, k + 1) && !WITH_WHOM.contains(t.word(k + 1))) {
                noun = k;
                break;
            }
        }
        if (noun < 0) return null;
        String head = t.word[noun];
        if (lang.situations.contains(head) || lang.staleUnits.contains(head) || t.hasDigit(noun)) return null;
        boolean role = lang.roleNouns.contains(head) || lang.personNouns.contains(head) || head.endsWith("ist");
        if (role && !such) {
            boolean judged = false;
            for (int k = article + 1; k < noun; k++) {
                if (!JOB_GRADES.contains(t.word[k])) judged = true;
            }
            if (!judged) return null;
        }
        int subject = personBefore(t, i, noun + 1, false);
        if (subject < 0) return null;
        var polarity = Mark.Polarity.NEUTRAL;
        for (int k = article + 1; k <= noun; k++) {
            var trait = lang.traits.startingAt(t, k);
            String tag = trait != null ? trait.tag() : lang.roleQualifiers.tagOf(t.word[k]);
            if (tag != null && !tag.isEmpty()) polarity = Mark.polarityOf(tag);
        }
        return new Mark(subject, noun + 1, negatedBetween(t, subject, i) ? flip(polarity) : polarity);
    }

    /** Superlatives of age, time or place, which rank without judging: "the newest nurse", "the closest colleague". */
    private static final Set<String> PLAIN_SUPERLATIVES = Set.of("latest", "newest", "oldest", "youngest", "nearest",
            "closest", "earliest", "longest", "shortest", "tallest", "highest", "lowest", "biggest", "smallest", "largest",
            "fastest", "slowest", "honest", "modest", "interest", "request", "forest", "guest", "contest", "suggest");

    /**
     * "Kwame is the calmest person in the whole contact centre", "she is the most curious student I have supervised",
     * "you are the least reliable colleague on the rota": a superlative ("-est", "most …", "least …", "best",
     * "worst") that ranks the person among people (a noun for a person or a role closes it) classes them by a quality.
     * Not a rank of age, time or size ("the newest nurse"), nor a thing ("the best way"). Critical with "worst",
     * "least" or a critical trait word, else of unknown direction.
     */
    private Mark superlativeAt(Tokens t, int i) {
        if (!t.word[i].equals("the") || !t.isWord(i + 1)) return null;
        int k = i + 1;
        String w = t.word[k];
        var polarity = Mark.Polarity.NEUTRAL;
        if (w.equals("most") || w.equals("least")) {
            if (w.equals("least")) polarity = Mark.Polarity.CRITICISM;
            k++;
            if (!t.isWord(k) || t.quoted[k]) return null;
        } else {
            String stem = w.indexOf('-') > 0 ? w.substring(0, w.indexOf('-')) : w;
            boolean ranked = stem.equals("best") || stem.equals("worst") || stem.length() > 5 && stem.endsWith("est");
            if (!ranked || PLAIN_SUPERLATIVES.contains(stem)) return null;
            if (stem.equals("worst")) polarity = Mark.Polarity.CRITICISM;
        }
        int noun = -1;
        for (int j = k + 1; j <= k + 2 && j < t.size; j++) {
            if (!t.isWord(j) || t.quoted[j]) break;
            if (lang.personNouns.contains(t.word[j]) || lang.roleNouns.contains(t.word[j])) {
                noun = j;
                break;
            }
        }
        if (noun < 0) return null;
        for (int j = i + 1; j < noun; j++) {
            String tag = lang.traits.tagOf(t.word[j]);
            if (tag != null && tag.startsWith("-")) polarity = Mark.Polarity.CRITICISM;
        }
        int subject = personBefore(t, i, noun + 1, false);
        if (subject < 0 || !isAddressee(t, subject)) return null;
        return new Mark(subject, noun + 1, polarity);
    }

    /** After "of": people, or others' work ("the junior doctor", "other people's ideas", "new staff"). */
    private boolean pointsAtOthers(Tokens t, int k) {
        int end = Math.min(t.size, k + 4);
        for (int j = k; j < end && t.isWord(j); j++) {
            if (grammar.isPerson(t, j) || lang.roleNouns.contains(t.word[j]) || t.word[j].equals("others") || t.word[j].equals("other") || t.word[j].equals("people")
                    || t.word[j].equals("colleagues") || t.word[j].equals("staff")) return true;
        }
        return false;
    }

    /**
     * "Such a thoughtful colleague!", "What a legend.", "Such a slacker.": a sentence that is nothing but an
     * exclamative noun phrase classes the person it is addressed to, when its head names a person or a trait.
     * Not "What a mess!" or "What a presentation!" (a thing or an occasion).
     */
    private Mark verblessExclamationAt(Tokens t, int i) {
        String w = t.word[i];
        if (!(w.equals("such") || w.equals("what")) || !(t.word(i + 1).equals("a") || t.word(i + 1).equals("an"))) return null;
        if (t.sentenceStart(i) != i) return null;
        int end = t.sentenceEnd(i);
        int last = end - 1;
        while (last > i && !t.isWord(last)) last--;
        if (last < i + 2 || last > i + 5) return null;
        var polarity = Mark.Polarity.NEUTRAL;
        boolean judged = false;
        for (int k = i + 2; k <= last; k++) {
            if (!t.isWord(k) || t.quoted[k]) return null;
            String tag = lang.traits.tagOf(t.word[k]);
            if (tag == null) tag = lang.roleQualifiers.tagOf(t.word[k]);
            if (tag != null && !tag.isEmpty()) {
                judged = true;
                polarity = Mark.polarityOf(tag);
            }
        }
        String head = t.word[last];
        if (lang.situations.contains(head) || lang.staleUnits.contains(head) || lang.genericNouns.contains(head)) return null;
        boolean person = lang.personNouns.contains(head) || lang.roleNouns.contains(head);
        if (!judged && !(person && last > i + 2)) return null;
        return new Mark(i, last + 1, polarity);
    }

    /** "she's not very reliable" criticises with a praise word. */
    private boolean negatedBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.word[k].equals("not") || t.word[k].equals("n't")) return true;
        }
        return false;
    }

    private static Mark.Polarity flip(Mark.Polarity p) {
        return switch (p) {
            case PRAISE -> Mark.Polarity.CRITICISM;
            case CRITICISM -> Mark.Polarity.PRAISE;
            case NEUTRAL -> Mark.Polarity.NEUTRAL;
        };
    }

    /** "smartest", "laziest", "nicer": the base word's entry, for one-word traits. */
    private PhraseSet.Phrase superlative(String w) {
        String base = null;
        if (w.endsWith("iest") || w.endsWith("ier")) base = w.substring(0, w.lastIndexOf('i')) + "y";
        else if (w.endsWith("est")) base = w.substring(0, w.length() - 3);
        else if (w.endsWith("er") && w.length() > 5) base = w.substring(0, w.length() - 2);
        if (base == null || base.length() < 3) return null;
        String tag = lang.traits.tagOf(base);
        if (tag == null) tag = lang.traits.tagOf(base + "e");
        return tag == null ? null : new PhraseSet.Phrase(new String[] {w}, tag.replace("n", ""));
    }

    /** Prefixes that turn a quality into its opposite: "impolite", "unapproachable", "insensitive", "dishonest". */
    private static final List<String> NEGATING_PREFIXES = List.of("un", "in", "im", "il", "ir", "dis", "non-");

    /**
     * "impolite", "unapproachable", "disrespectful": a listed trait word with a negating prefix is a trait of
     * the opposite polarity ("polite" praises, so "impolite" criticises). One word only; the base must be listed.
     */
    private PhraseSet.Phrase negatedByPrefix(String w) {
        for (String prefix : NEGATING_PREFIXES) {
            if (w.length() < prefix.length() + 4 || !w.startsWith(prefix)) continue;
            String tag = lang.traits.tagOf(w.substring(prefix.length()));
            if (tag == null || tag.isEmpty()) continue;
            String flipped = tag.startsWith("+") ? "-" : tag.startsWith("-") ? "+" : tag.substring(0, 1);
            return new PhraseSet.Phrase(new String[] {w}, flipped);
        }
        return null;
    }

    private Mark.Polarity polarityOfQualifier(String w) {
        String tag = lang.roleQualifiers.tagOf(w);
        return tag == null ? Mark.Polarity.NEUTRAL : Mark.polarityOf(tag);
    }

    /** "your laziness", "Sam's arrogance". */
    private Mark traitNounAt(Tokens t, int i) {
        var noun = lang.traitNouns.startingAt(t, i);
        if (noun == null) return null;
        int owner = i - 1;
        while (owner >= 0 && t.isWord(owner) && (lang.intensifiers.contains(t.word[owner]) || lang.praise.contains(t.word[owner])
                || lang.criticism.contains(t.word[owner])) && !lang.possessives.contains(t.word[owner])) {
            owner--;
        }
        if (owner < 0 || t.quoted[owner]) return null;
        String w = t.word[owner];
        if (w.equals("got") && isHave(t.word(owner - 1))) owner--;
        w = t.word[owner];
        boolean had = isHave(w) && grammar.isPerson(t, owner - 1);
        boolean owned = had || lang.possessives.contains(w) || w.equals("'s") && grammar.isName(t, owner - 1);
        if (!owned) return null;
        int from = w.equals("'s") || had ? owner - 1 : owner;
        return new Mark(from, i + noun.words().length, Mark.polarityOf(noun.tag()));
    }

    /**
     * Walks left from a trait word over fillers ("so", "such a", "not") to a copula, then over auxiliaries to a
     * person. Returns that person's token, or -1 when the trait is about something else or is advice.
     */
    private int personBefore(Tokens t, int traitStart, int traitEnd, boolean direct) {
        int j = traitStart - 1;
        if (direct && j >= 0 && t.word[j].equals("you") && !t.quoted[j]) return j;
        j = skipFillers(t, j);
        if (endsPredicate(t, traitEnd)) {
            for (int conjuncts = 0; conjuncts < MAX_CONJUNCTS && isCoordinator(t, j); conjuncts++) {
                int before = j - 1;
                if (!t.isWord(before) || t.quoted[before] || lang.copulas.contains(t.word[before]) || grammar.isPerson(t, before)) {
                    return -1;
                }
                j = skipFillers(t, before - 1);
            }
        }
        if (j < 0 || !t.isWord(j) || t.quoted[j]) return -1;
        if (lang.judgeVerbs.contains(t.word(j - 1)) && isObjectPronoun(t.word[j])) return j - 1;
        if (t.word[j].equals("as") && isObjectPronoun(t.word(j - 1)) && lang.judgeVerbs.contains(t.word(j - 2))) return j - 2;
        var copula = lang.copulas.endingAt(t, j);
        if (copula == null) return -1;
        int k = j - copula.words().length;
        int order = imperativeBe(t, k, copula.words());
        if (order >= 0) return order;
        int steps = 0;
        while (k >= 0 && t.isWord(k) && steps < 5) {
            String w = t.word[k];
            if (lang.directiveModals.contains(w)) return -1;
            if (grammar.isPerson(t, k)) return k;
            // "the new nurse is clumsy", "that new waiter is hopeless": a job pointed at names a person
            if (lang.roleNouns.contains(w) && steps == 0 && pointedAt(t, k)) return k;
            var aux = lang.auxiliaries.endingAt(t, k);
            if (aux != null) {
                k -= aux.words().length;
            } else if (lang.copulas.contains(w) || lang.intensifiers.contains(w)) {
                k--;
            } else {
                return -1;
            }
            steps++;
        }
        return -1;
    }

    /** A determiner or possessive within two words before the noun: "the new nurse", "our designer". */
    private boolean pointedAt(Tokens t, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            if (!t.isWord(k)) return false;
            if (lang.determiners.contains(t.word[k]) || lang.possessives.contains(t.word[k])) return true;
        }
        return false;
    }

    private int skipFillers(Tokens t, int j) {
        int fillers = 0;
        while (j >= 0 && t.isWord(j) && fillers < MAX_FILLERS) {
            var filler = lang.intensifiers.endingAt(t, j);
            // "far too", "way too" grade like "too"; "too much lazy" (non-native) like "too lazy"
            boolean degree = (t.word[j].equals("far") || t.word[j].equals("way")) && t.word(j + 1).equals("too")
                    || t.word[j].equals("much") && t.word(j - 1).equals("too");
            int length = filler != null ? filler.words().length : degreeAdverb(t, j) || degree ? 1 : 0;
            if (length == 0) break;
            j -= length;
            fillers++;
        }
        return j;
    }

    /**
     * "wonderfully creative", "genuinely kind", "painfully slow": an adverb in "-ly" that grades the quality after
     * it, like an intensifier. Not an adjective that happens to end in "-ly" ("friendly", "lovely", "early").
     */
    private boolean degreeAdverb(Tokens t, int j) {
        String w = t.word[j];
        if (t.kind[j] != Tokens.Kind.WORD || t.quoted[j] || w.length() < 6 || !w.endsWith("ly")) return false;
        if (lang.traits.contains(w) || lang.praise.contains(w) || lang.criticism.contains(w) || NOT_DEGREE.contains(w)) return false;
        return !(w.endsWith("ily") && w.length() < 7);
    }

    private static final Set<String> NOT_DEGREE = Set.of("family", "likely", "unlikely", "lovely", "friendly", "unfriendly",
            "elderly", "early", "only", "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "costly", "lonely",
            "lively", "orderly", "timely", "holy", "silly", "jolly", "ugly", "curly", "bubbly", "supply", "reply", "apply",
            "rally", "italy", "assembly");

    /**
     * "You are late and lazy", "she is rude, arrogant": a trait that closes a list of one-word predicates
     * belongs to the same person. Only at the end of the predicate, so "quick and smart caching" stays a thing.
     */
    private boolean endsPredicate(Tokens t, int traitEnd) {
        return traitEnd >= t.size || !t.isWord(traitEnd) || isCoordinator(t, traitEnd) || lang.clauseOpeners.contains(t.word[traitEnd]);
    }

    private static boolean isCoordinator(Tokens t, int i) {
        return i >= 0 && i < t.size && (t.word[i].equals("and") || t.word[i].equals("or") || t.isPunct(i) && t.word[i].equals(","));
    }

    /** "Don't be so negative", "stop being defensive": an order to the person; returns where it starts, or -1. */
    private static int imperativeBe(Tokens t, int before, String[] copula) {
        if (copula.length != 1) return -1;
        String c = copula[0];
        if (c.equals("being") && (t.word(before).equals("stop") || t.word(before).equals("quit"))) return before;
        if (c.equals("be") && t.word(before).equals("n't") && t.word(before - 1).equals("do")) return before - 1;
        return -1;
    }

    private static boolean isOrderNotToBe(String w) {
        return w.equals("do") || w.equals("stop") || w.equals("quit");
    }

    private static boolean isHave(String w) {
        return w.equals("have") || w.equals("has") || w.equals("'ve") || w.equals("'s") || w.equals("had");
    }

    private static boolean isObjectPronoun(String w) {
        return w.equals("you") || w.equals("him") || w.equals("her") || w.equals("them");
    }
}
