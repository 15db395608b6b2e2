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
 * Whether a goal statement names a concrete action and the thing it acts on. Deliberately word lists rather
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
            "secure", "draw", "show", "analyse", "analyze", "compile", "define", "send");

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
            "really", "very", "so", "as", "from", "into", "up", "out", "about", "skills", "skill", "well");

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
        long objectWords = words.subList(actionAt + 1, words.size()).stream()
                .filter(word -> !FILLER.contains(word))
                .count();
        if (objectWords < MIN_OBJECT_WORDS) {
            return Verdict.missing("\"" + action + "\" is an action, but the statement does not say what it acts on. "
                    + "Name the concrete thing: which document, system, audience or number.");
        }
        return Verdict.ok("Names the action \"" + action + "\" and what it applies to.");
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
