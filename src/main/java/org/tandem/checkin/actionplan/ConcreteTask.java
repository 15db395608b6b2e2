package org.tandem.checkin.actionplan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a task is concrete enough to be checked off later. The rule is deliberately simple and explainable:
 * at least three words, and at least one word that is not filler — "work harder on it" names no object,
 * "draft the migration plan for billing" does.
 */
final class ConcreteTask {

    static final int MIN_WORDS = 3;

    /** Words that carry no object on their own: vague verbs, intensifiers, pronouns and glue. */
    private static final Set<String> FILLER = Set.of(
            "a", "an", "the", "to", "on", "in", "at", "of", "for", "with", "about", "and", "or", "more", "less",
            "better", "harder", "best", "good", "well", "some", "stuff", "things", "thing", "something", "anything",
            "everything", "it", "this", "that", "these", "those", "work", "try", "do", "be", "get", "make", "keep",
            "improve", "think", "look", "into", "continue", "focus", "generally", "somehow", "etc", "again", "up",
            "my", "our", "your", "i", "we", "will", "should", "must", "really", "just", "all", "general");

    private ConcreteTask() {
    }

    /** Empty when the task is concrete; otherwise what is missing, phrased for the person typing it. */
    static Optional<String> problemWith(String task) {
        if (task == null || task.isBlank()) {
            return Optional.of("is required: say what will be done");
        }
        String[] words = Arrays.stream(task.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                               .filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length < MIN_WORDS) {
            return Optional.of("is too short to act on: name an action and what it applies to (at least "
                    + MIN_WORDS + " words), e.g. \"draft the rollout plan\"");
        }
        if (Arrays.stream(words).allMatch(FILLER::contains)) {
            return Optional.of("is too vague: name what will be done and to what, e.g. \"pair with Sam on the "
                    + "billing tests\" rather than \"work harder on it\"");
        }
        return Optional.empty();
    }
}
