package org.tandem.goal.smart;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.tandem.goal.core.Text;
import org.tandem.goal.smart.SmartVerdict.Verdict;

/**
 * Whether a goal statement names a concrete action, the thing it acts on (an object) and which part of it (a
 * scope), or, for a "get X signed off" goal, the state X reaches (an outcome). A refusal says which of the three
 * is missing. Measured against a labelled set of statements (src/test/resources/goal/specific-labelled.tsv,
 * docs/smart-specific-check.md). Deliberately word lists rather
 * than language models: the verdict must be the same every time and explainable to the person typing
 * ("'improve' names a wish"). It errs toward asking for more precision; it is advice, never a gate.
 */
final class SpecificStatement {

    static final int MIN_WORDS = 4;
    static final int MIN_OBJECT_WORDS = 2;

    // Aspirations without an observable act. Longest first, so "get better at" wins over "get better".
    private static final List<List<String>> VAGUE = Stream.of(
            "get better at", "become a better", "be a better", "learn more about", "get good at", "be good at",
            "get better", "become better", "be better", "be more", "become more", "work on", "try to", "focus on",
            "learn about", "think about", "look into", "level up", "step up", "do better", "do more", "get more",
            "know more", "improve", "enhance", "grow", "understand", "strengthen", "boost", "learn", "explore", "develop")
            .map(Text::words).toList();

    private static final Set<String> ACTIONS = Set.of(
            "deliver", "ship", "launch", "release", "publish", "write", "rewrite", "draft", "present", "demo", "lead",
            "run", "facilitate", "host", "organize", "organise", "teach", "train", "mentor", "coach", "build", "implement",
            "design", "redesign", "create", "migrate", "automate", "refactor", "document", "reduce", "cut", "raise",
            "increase", "decrease", "lower", "double", "halve", "close", "resolve", "fix", "complete", "finish", "pass",
            "earn", "obtain", "submit", "deploy", "review", "test", "measure", "interview", "hire", "recruit", "onboard",
            "negotiate", "sell", "sign", "demonstrate", "prepare", "plan", "replace", "remove", "eliminate", "deprecate",
            "speak", "record", "contribute", "merge", "translate", "map", "audit", "benchmark", "certify", "schedule",
            "conduct", "give", "hold", "win", "produce", "establish", "introduce", "triage", "answer", "propose", "pitch",
            "secure", "draw", "show", "analyse", "analyze", "compile", "define", "send", "move", "adopt", "switch",
            "convert", "upgrade", "consolidate", "standardise", "standardize", "shorten", "rebuild", "replatform",
            "retire", "pilot", "compare", "configure", "install", "archive", "port", "split");

    // "Get the checkout design signed off": an outcome verb with a thing in between, done when the thing reaches
    // the state the outcome names. Nouns that look like verbs ("design", "review") do not count inside it.
    private static final Set<String> OUTCOME_VERBS = Set.of("get", "gets", "getting", "have", "make");
    private static final Set<String> OUTCOMES = Set.of(
            "signed", "approved", "accepted", "merged", "published", "released", "shipped", "deployed", "adopted",
            "certified", "funded", "live", "done", "finished", "completed", "agreed", "ratified", "launched", "staffed",
            "running", "green", "passing", "fixed", "resolved", "closed", "reviewed", "audited", "production");

    private static final Map<String, String> ACTION_FORMS = formsOf(ACTIONS, Map.of(
            "wrote", "write", "written", "write", "led", "lead", "ran", "run", "taught", "teach", "built", "build",
            "spoke", "speak", "held", "hold", "gave", "give", "given", "give"));

    // Actions inside a wish belong to it ("get better at writing design docs") until one of these introduces
    // the means: "improve onboarding BY writing a checklist" names a concrete act after all.
    private static final Set<String> MEANS = Set.of("by", "through", "via", "and", "then");

    // Words that do not tell anyone what is acted on: articles, pronouns, and comparatives without a reference.
    private static final Set<String> FILLER = Set.of(
            "a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "it", "them", "this", "that", "these",
            "those", "to", "of", "for", "in", "on", "at", "by", "with", "and", "or", "i", "we", "you", "me", "us",
            "will", "be", "is", "are", "some", "all", "any", "more", "better", "good", "great", "best", "things",
            "thing", "stuff", "something", "everything", "myself", "ourselves", "overall", "general", "generally",
            "really", "very", "so", "as", "from", "into", "up", "out", "about", "skills", "skill", "well",
            // adverbs of time and manner say how or when, never what
            "soon", "later", "often", "again", "now", "regularly", "faster", "quickly", "along", "forward", "ahead");

    private SpecificStatement() {
    }

    static Verdict judge(String statement) {
        if (Text.isBlank(statement)) {
            return Verdict.missing("Missing: write one sentence saying what will be done and to what, "
                    + "e.g. \"Publish a setup guide for the data pipeline\".");
        }
        List<String> words = Text.words(statement);
        if (words.size() < MIN_WORDS) {
            return Verdict.missing("\"" + statement.strip() + "\" is too short to tell when it is done. "
                    + "Write a full sentence with the action and what it applies to (at least " + MIN_WORDS + " words).");
        }
        int outcomeVerb = firstOutcomeVerb(words);
        if (outcomeVerb >= 0 && vagueLengthAt(words, outcomeVerb) == 0) {
            return judgeOutcome(words, outcomeVerb);
        }
        String vague = null;
        boolean inWish = false;
        for (int i = 0; i < words.size(); i++) {
            int length = vagueLengthAt(words, i);
            if (length > 0) {
                vague = vague == null ? String.join(" ", words.subList(i, i + length)) : vague;
                inWish = true;
                i += length - 1;
            } else if (MEANS.contains(words.get(i))) {
                inWish = false;
            } else if (!inWish && ACTION_FORMS.containsKey(words.get(i))) {
                return judgeObject(words, i);
            }
        }
        if (vague != null) {
            return Verdict.missing("\"" + vague + "\" names a wish rather than an action. Say what you will actually do "
                    + "and to what, e.g. \"run three design reviews with the platform team\" instead of \"get better at design\".");
        }
        return Verdict.missing("The statement does not name an action anyone could observe. Start with a verb such as "
                + "deliver, present, reduce or teach, followed by what it applies to.");
    }

    private static Verdict judgeObject(List<String> words, int actionAt) {
        String action = words.get(actionAt);
        List<String> object = words.subList(actionAt + 1, words.size()).stream()
                .filter(word -> !FILLER.contains(word))
                .toList();
        if (object.isEmpty()) {
            return Verdict.missing("\"" + action + "\" is an action, but the statement does not say what it acts on. "
                    + "Missing: an object. Name the concrete thing: which document, system, audience or number.");
        }
        if (object.size() < MIN_OBJECT_WORDS) {
            return Verdict.missing("\"" + action + " " + object.getFirst() + "\" names an action and its object, but not which "
                    + object.getFirst() + ". Missing: a scope. Say for which system, team, audience or period, "
                    + "e.g. \"" + action + " " + object.getFirst() + " for the billing service\".");
        }
        return Verdict.ok("Names the action \"" + action + "\" and what it applies to.");
    }

    /** A statement led by "get", "have" or "make" (after "I will", "we"…), the common way to name an outcome. */
    private static int firstOutcomeVerb(List<String> words) {
        for (int i = 0; i < Math.min(words.size(), 3); i++) {
            if (OUTCOME_VERBS.contains(words.get(i))) {
                return i;
            }
            if (!FILLER.contains(words.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    private static Verdict judgeOutcome(List<String> words, int verbAt) {
        for (int i = verbAt + 1; i < words.size(); i++) {
            if (OUTCOMES.contains(words.get(i))) {
                long object = words.subList(verbAt + 1, i).stream().filter(word -> !FILLER.contains(word)).count();
                if (object == 0) {
                    return Verdict.missing("\"" + words.get(i) + "\" names an outcome, but not what reaches it. Missing: an object. "
                            + "Say which document, change or system, e.g. \"get the checkout redesign signed off\".");
                }
                return Verdict.ok("Names the outcome \"" + words.get(i) + "\" and what reaches it.");
            }
        }
        return Verdict.missing("\"" + words.get(verbAt) + "\" does not say when it is done. Missing: an outcome. Name the state "
                + "it reaches, e.g. signed off, merged, in production, approved by the board.");
    }

    private static int vagueLengthAt(List<String> words, int at) {
        for (List<String> phrase : VAGUE) {
            if (matchesAt(words, at, phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static boolean matchesAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            String word = words.get(at + k);
            String wanted = phrase.get(k);
            boolean lastOfOneWordPhrase = phrase.size() == 1;
            if (!(word.equals(wanted) || lastOfOneWordPhrase && inflections(wanted).contains(word))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> formsOf(Set<String> verbs, Map<String, String> irregular) {
        Map<String, String> forms = new HashMap<>(irregular);
        verbs.forEach(verb -> inflections(verb).forEach(form -> forms.putIfAbsent(form, verb)));
        return Map.copyOf(forms);
    }

    /** Regular English forms: ship, ships, shipped, shipping; write, writes, writing; apply, applies, applied. */
    private static Set<String> inflections(String verb) {
        char last = verb.charAt(verb.length() - 1);
        String stem = last == 'e' ? verb.substring(0, verb.length() - 1) : verb;
        String doubled = verb + last;
        Set<String> forms = new HashSet<>(List.of(verb, verb + "s", verb + "es", stem + "ed", stem + "ing",
                doubled + "ed", doubled + "ing"));
        if (last == 'y') {
            String root = verb.substring(0, verb.length() - 1);
            forms.add(root + "ies");
            forms.add(root + "ied");
        }
        return forms;
    }
}
