package org.tandem.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the feedback box sends: free text, or the four steps of the structured form (situation, behaviour,
 * impact, next step). Free text wins when it is filled in; otherwise the steps are put together into one
 * text, so the check, the preview and what gets saved all read the same words.
 */
public record FeedbackDraft(String text, String situation, String behaviour, String impact, String nextStep) {

    public static final FeedbackDraft EMPTY = new FeedbackDraft("", "", "", "", "");

    private static final Set<String> PRONOUNS = Set.of("you", "your", "you're", "you’re", "they", "their", "we", "our", "he", "his",
            "she", "her", "it", "its", "this", "that", "the");

    public FeedbackDraft {
        text = clean(text);
        situation = clean(situation);
        behaviour = clean(behaviour);
        impact = clean(impact);
        nextStep = clean(nextStep);
    }

    public static FeedbackDraft ofText(String text) {
        return new FeedbackDraft(text, "", "", "", "");
    }

    /** True when the free text is empty and at least one step is filled in. */
    public boolean fromSteps() {
        return text.isBlank() && !(situation.isBlank() && behaviour.isBlank() && impact.isBlank() && nextStep.isBlank());
    }

    /** The words to check and save. */
    public String combined() {
        return fromSteps() ? steps() : text;
    }

    /**
     * "In Tuesday's planning" + "you cut Sam off twice" + "Sam stopped sharing ideas" + "let people finish"
     * → "In Tuesday's planning, you cut Sam off twice. Sam stopped sharing ideas. Let people finish."
     */
    private String steps() {
        List<String> sentences = new ArrayList<>();
        String opening = situation;
        if (!behaviour.isBlank()) {
            opening = opening.isBlank() ? behaviour : joinClause(opening, behaviour);
        }
        add(sentences, opening);
        add(sentences, impact);
        add(sentences, nextStep);
        return String.join(" ", sentences);
    }

    /** The situation leads into the behaviour with a comma, unless the writer already ended it as a sentence. */
    private static String joinClause(String situation, String behaviour) {
        if (endsSentence(situation)) {
            return situation + " " + Character.toUpperCase(behaviour.charAt(0)) + behaviour.substring(1);
        }
        String lead = stripTrailing(situation);
        String firstWord = behaviour.split("\\s+", 2)[0];
        boolean lowerable = PRONOUNS.contains(firstWord.toLowerCase(Locale.ROOT)) && Character.isUpperCase(firstWord.charAt(0))
                && !firstWord.equals("I");
        String rest = lowerable ? Character.toLowerCase(behaviour.charAt(0)) + behaviour.substring(1) : behaviour;
        return lead + ", " + rest;
    }

    private static void add(List<String> sentences, String part) {
        if (part.isBlank()) {
            return;
        }
        String sentence = Character.toUpperCase(part.charAt(0)) + part.substring(1);
        sentences.add(endsSentence(sentence) ? sentence : stripTrailing(sentence) + ".");
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';' || text.charAt(end - 1) == ':'
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
