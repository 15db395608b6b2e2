package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the checker on text its rules and models were not tuned on (docs/feedback-quality.md). The headline is the
 * held-out batch of round nine (corpus-en-9-heldout.tsv), written by a helper who saw no rule, no code and no corpus,
 * scored once before round seven's last change and once after it. Round seven's batch (corpus-en-7-heldout.tsv, also
 * by another hand, never tuned on) is a guard. Their differences are counted, never listed. The earlier held-out sets
 * have been looked at and now only guard against regressions: round six's batch became training data in round seven,
 * round five's in round six, round four's in round five, round three's in round four, and the second corpus's held-out
 * part was seen often in rounds two and three. Every figure is printed in the build log and written to
 * target/feedback-quality-heldout.md; each rule with floors must keep them.
 */
class FeedbackHeldOutTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final String TUNING = "feedback/corpus-en-2-tuning.tsv";
    private static final String HELD_OUT = "feedback/corpus-en-2-heldout.tsv";
    private static final String ROUND_THREE = "feedback/corpus-en-3-heldout.tsv";
    private static final String ROUND_THREE_TUNING = "feedback/corpus-en-3-tuning.tsv";
    private static final String ROUND_FOUR = "feedback/corpus-en-4-heldout.tsv";
    private static final String ROUND_FOUR_TUNING = "feedback/corpus-en-4-tuning.tsv";
    private static final String ROUND_FIVE = "feedback/corpus-en-5-heldout.tsv";
    private static final String ROUND_FIVE_TUNING = "feedback/corpus-en-5-tuning.tsv";
    private static final String ROUND_SIX = "feedback/corpus-en-6-heldout.tsv";
    private static final String ROUND_SIX_TUNING = "feedback/corpus-en-6-tuning.tsv";
    private static final String ROUND_SEVEN = "feedback/corpus-en-7-heldout.tsv";
    /**
     * Round nine's held-out batch, written after round seven's models were committed by a helper who saw no rule, no
     * code and no other corpus; scored once before round seven's last change and once after it: the headline.
     */
    private static final String ROUND_NINE = "feedback/corpus-en-9-heldout.tsv";
    /**
     * Round ten's held-out batch, written at the end of round seven by a helper who saw no rule, no code and no other
     * corpus: the next round's fresh batch. Checked for copying only, never scored, until that round scores it once
     * before any change (docs/feedback-quality.md).
     */
    private static final String ROUND_TEN = "feedback/corpus-en-10-heldout.tsv";
    /** Round eight's training batches, written by six helpers who saw no rule and no other corpus (decision 0104). */
    private static final List<String> ROUND_EIGHT = List.of("a", "b", "c", "d", "e", "f").stream()
            .map(hand -> "feedback/corpus-en-8-" + hand + ".tsv").toList();

    /**
     * The goal is 0.9 precision and 0.9 recall for every rule on text the rules were not tuned on. Where a rule
     * has not reached the goal, its floor is the figure reached (rounded down), so the build still catches any
     * drop; the docs say plainly which rules are below the goal. Raise a floor when a change lifts the figure;
     * never lower one without saying why in a decision record.
     */
    private static final double GOAL = 0.9;

    /**
     * Floors on the round-nine held-out batch {precision, recall}: the headline, at the figures of its run after round
     * seven's last change (decision 0104; scored once before it, with the word-only vagueness additions: TRAIT
     * 0.951 / 0.773, VAGUE 0.982 / 0.947, NOT_ACTIONABLE 0.921 / 0.515, ABSOLUTE 0.980 / 0.828, STALE 1.000 / 0.949).
     */
    private static final Map<FeedbackRule, double[]> HEADLINE_FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, 0.77}, // goal not met: recall 0.773 (58 of 75), precision 0.951
            FeedbackRule.VAGUE, new double[] {GOAL, 0.67}, // goal not met: recall 0.671 (114 of 170), precision 0.983
            FeedbackRule.NOT_ACTIONABLE, new double[] {GOAL, 0.51}, // goal not met: recall 0.515 (139 of 270), precision 0.921
            FeedbackRule.ABSOLUTE, new double[] {GOAL, 0.82}, // goal not met: recall 0.828 (48 of 58), precision 0.980
            FeedbackRule.STALE, new double[] {GOAL, GOAL})); // 1.000 / 0.949

    /**
     * Floors on the round-seven held-out batch: the first batch by other hands, scored before round seven (TRAIT
     * 0.965 / 0.797, VAGUE 0.847 / 0.799, NOT_ACTIONABLE 0.879 / 0.572, ABSOLUTE 1.000 / 0.883, STALE 0.980 / 0.980),
     * after its models (VAGUE 0.957 / 0.950, NOT_ACTIONABLE 0.926 / 0.553) and after the vagueness model was held to
     * evaluations the rules see (these figures); a guard now, never tuned on, its differences never listed.
     */
    private static final Map<FeedbackRule, double[]> ROUND_SEVEN_FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, 0.79}, // 0.965 / 0.797
            FeedbackRule.VAGUE, new double[] {GOAL, 0.82}, // 0.958 / 0.820
            FeedbackRule.NOT_ACTIONABLE, new double[] {GOAL, 0.55}, // 0.926 / 0.553
            FeedbackRule.ABSOLUTE, new double[] {GOAL, 0.88}, // 1.000 / 0.883
            FeedbackRule.STALE, new double[] {GOAL, GOAL})); // 0.980 / 0.980

    /**
     * Floors on round six's batch, the headline of round six and training data since round seven: a regression guard.
     * NOT_ACTIONABLE recall 0.571 -> 0.564: the criticism model of decision 0104 takes away findings the whole text
     * does not bear out (precision 0.902 -> 0.981 here, 0.849 -> 0.916 on six other hands' batches), and with them
     * two true ones; the floor follows, as that decision records.
     */
    private static final Map<FeedbackRule, double[]> ROUND_SIX_FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, GOAL},
            FeedbackRule.VAGUE, new double[] {GOAL, GOAL},
            FeedbackRule.NOT_ACTIONABLE, new double[] {GOAL, 0.56},
            FeedbackRule.ABSOLUTE, new double[] {GOAL, GOAL},
            FeedbackRule.STALE, new double[] {GOAL, GOAL}));

    /**
     * Floors on round five's batch, the headline of round five and tuning data since round six: a regression guard at
     * the figures reached in round six (TRAIT 0.986 / 0.899, VAGUE 0.968 / 0.870, NOT_ACTIONABLE 0.919 / 0.736,
     * ABSOLUTE 0.985 / 0.971, STALE 0.979 / 1.000), each at or above its round-five headline floor.
     */
    private static final Map<FeedbackRule, double[]> ROUND_FIVE_FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, 0.89},
            FeedbackRule.VAGUE, new double[] {GOAL, 0.87},
            FeedbackRule.NOT_ACTIONABLE, new double[] {GOAL, 0.73},
            FeedbackRule.ABSOLUTE, new double[] {GOAL, GOAL},
            FeedbackRule.STALE, new double[] {GOAL, GOAL}));

    /**
     * Floors on round four's batch, the headline of round four and tuning data since round five: a regression guard,
     * raised to the figures reached (round six: TRAIT 0.969 / 0.954, VAGUE 0.981 / 0.928, NOT_ACTIONABLE 0.913 /
     * 0.840, ABSOLUTE 1.000 / 0.962, STALE 0.963 / 1.000).
     */
    private static final Map<FeedbackRule, double[]> ROUND_FOUR_FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, GOAL},
            FeedbackRule.VAGUE, new double[] {GOAL, GOAL},
            FeedbackRule.NOT_ACTIONABLE, new double[] {GOAL, 0.81}, // 152 of 187 = 0.8128 (0.8396 before decision 0104)
            FeedbackRule.ABSOLUTE, new double[] {GOAL, GOAL},
            FeedbackRule.STALE, new double[] {GOAL, GOAL}));

    /** Floors on round three's batch, tuning data since round four: a regression guard at the figures reached. */
    private static final Map<FeedbackRule, double[]> ROUND_THREE_FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, GOAL},
            FeedbackRule.VAGUE, new double[] {GOAL, 0.88}, // round six: 206 of 233 = 0.8841
            FeedbackRule.NOT_ACTIONABLE, new double[] {GOAL, 0.85}, // 170 of 198 = 0.8586 (0.8636 before decision 0104)
            FeedbackRule.ABSOLUTE, new double[] {GOAL, GOAL},
            FeedbackRule.STALE, new double[] {GOAL, GOAL}));

    /** Floors on the second corpus's held-out part, now seen: a regression guard, no longer a measure. */
    private static final Map<FeedbackRule, double[]> SEEN_FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, 0.87},
            FeedbackRule.VAGUE, new double[] {GOAL, GOAL},
            FeedbackRule.NOT_ACTIONABLE, new double[] {GOAL, 0.86},
            FeedbackRule.ABSOLUTE, new double[] {GOAL, GOAL},
            FeedbackRule.STALE, new double[] {GOAL, GOAL}));

    @Test
    void everyTextOfTheSecondCorpusSitsInThePartItsHashGivesIt() throws IOException {
        assertThat(texts(TUNING)).allSatisfy(text -> assertThat(heldOut(text)).as("tuning text: %s", text).isFalse());
        assertThat(texts(HELD_OUT)).allSatisfy(text -> assertThat(heldOut(text)).as("held-out text: %s", text).isTrue());
        assertThat(texts(TUNING).size() + texts(HELD_OUT).size()).isGreaterThanOrEqualTo(600);
    }

    /**
     * The round-four batch was written without copying earlier corpora; unlike round three's, it shares no text
     * with them, not even a short stock phrase, nor with the tuning batch written after it.
     */
    @Test
    void theRoundFourHeldOutBatchIsLargeAndCopiesNothing() throws IOException {
        var heldOut = texts(ROUND_FOUR);
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(400).doesNotHaveDuplicates();
        var earlier = new java.util.HashSet<String>(texts(HELD_OUT));
        earlier.addAll(texts(TUNING));
        earlier.addAll(texts(ROUND_THREE));
        earlier.addAll(texts(ROUND_THREE_TUNING));
        earlier.addAll(texts(ROUND_FOUR_TUNING));
        earlier.addAll(texts("feedback/corpus-en.tsv"));
        assertThat(heldOut).noneMatch(earlier::contains);
    }

    /**
     * The round-five batch was written for that round and copies nothing: no text of it, and no run of seven words,
     * occurs in any other corpus (earlier ones or the tuning batch written after it).
     */
    @Test
    void theRoundFiveHeldOutBatchIsLargeAndCopiesNothing() throws IOException {
        assertLargeAndCopiesNothing(ROUND_FIVE, List.of(HELD_OUT, TUNING, ROUND_THREE, ROUND_THREE_TUNING, ROUND_FOUR, ROUND_FOUR_TUNING,
                ROUND_FIVE_TUNING, ROUND_SIX, ROUND_SEVEN, "feedback/corpus-en.tsv"));
    }

    /**
     * The round-six batch was written for that round and copies nothing either: no text of it, and no run of seven
     * words, occurs in any other corpus (the earlier ones, round five's batch, or a tuning batch written after it).
     */
    @Test
    void theRoundSixHeldOutBatchIsLargeAndCopiesNothing() throws IOException {
        assertLargeAndCopiesNothing(ROUND_SIX, List.of(HELD_OUT, TUNING, ROUND_THREE, ROUND_THREE_TUNING, ROUND_FOUR, ROUND_FOUR_TUNING,
                ROUND_FIVE, ROUND_FIVE_TUNING, ROUND_SIX_TUNING, ROUND_SEVEN, "feedback/corpus-en.tsv"));
    }

    /**
     * The round-seven batch was written by other hands (a helper who did not tune the rules) and copies nothing
     * either: no text of it, and no run of seven words, occurs in any other corpus (the earlier ones, round six's
     * batch, or any tuning batch).
     */
    @Test
    void theRoundSevenHeldOutBatchIsLargeAndCopiesNothing() throws IOException {
        var others = new java.util.ArrayList<>(List.of(HELD_OUT, TUNING, ROUND_THREE, ROUND_THREE_TUNING, ROUND_FOUR, ROUND_FOUR_TUNING,
                ROUND_FIVE, ROUND_FIVE_TUNING, ROUND_SIX, ROUND_SIX_TUNING, "feedback/corpus-en.tsv"));
        others.addAll(ROUND_EIGHT);
        assertLargeAndCopiesNothing(ROUND_SEVEN, others);
    }

    @Test
    void theRoundNineHeldOutBatchIsLargeAndCopiesNothing() throws IOException {
        var others = new java.util.ArrayList<>(List.of(HELD_OUT, TUNING, ROUND_THREE, ROUND_THREE_TUNING, ROUND_FOUR, ROUND_FOUR_TUNING,
                ROUND_FIVE, ROUND_FIVE_TUNING, ROUND_SIX, ROUND_SIX_TUNING, ROUND_SEVEN, "feedback/corpus-en.tsv"));
        others.addAll(ROUND_EIGHT);
        assertLargeAndCopiesNothing(ROUND_NINE, others);
        assertThat(RuleModelTests.TRAINING).as("the models never train on it").doesNotContain(ROUND_NINE);
    }

    @Test
    void theRoundTenHeldOutBatchIsLargeAndCopiesNothing() throws IOException {
        var others = new java.util.ArrayList<>(List.of(HELD_OUT, TUNING, ROUND_THREE, ROUND_THREE_TUNING, ROUND_FOUR, ROUND_FOUR_TUNING,
                ROUND_FIVE, ROUND_FIVE_TUNING, ROUND_SIX, ROUND_SIX_TUNING, ROUND_SEVEN, ROUND_NINE, "feedback/corpus-en.tsv"));
        others.addAll(ROUND_EIGHT);
        assertLargeAndCopiesNothing(ROUND_TEN, others);
        assertThat(RuleModelTests.TRAINING).as("the models never train on it").doesNotContain(ROUND_TEN);
    }

    /** At least 500 texts, none twice, and no run of seven words of any of them occurs in one of the other corpora. */
    private static void assertLargeAndCopiesNothing(String heldOutBatch, List<String> otherCorpora) throws IOException {
        var heldOut = texts(heldOutBatch);
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(500).doesNotHaveDuplicates();
        var others = new java.util.HashSet<String>();
        for (var corpus : otherCorpora) {
            for (var text : texts(corpus)) others.addAll(sevenWordRuns(text));
        }
        assertThat(heldOut).allSatisfy(text -> assertThat(sevenWordRuns(text)).as(text).doesNotContainAnyElementsOf(others));
    }

    private static java.util.Set<String> sevenWordRuns(String text) {
        var words = java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9']+"))
                .filter(word -> !word.isEmpty()).toList();
        var runs = new java.util.HashSet<String>();
        for (int i = 0; i + 7 <= words.size(); i++) runs.add(String.join(" ", words.subList(i, i + 7)));
        return runs;
    }

    @Test
    void everyRuleKeepsItsFloorOnTextItWasNotTunedOn() throws IOException {
        var checker = FeedbackChecker.english();
        var headline = CorpusScore.run(checker, ROUND_NINE, TODAY);
        var roundSeven = CorpusScore.run(checker, ROUND_SEVEN, TODAY);
        var roundSix = CorpusScore.run(checker, ROUND_SIX, TODAY);
        var roundFive = CorpusScore.run(checker, ROUND_FIVE, TODAY);
        var roundFour = CorpusScore.run(checker, ROUND_FOUR, TODAY);
        var roundThree = CorpusScore.run(checker, ROUND_THREE, TODAY);
        var seen = CorpusScore.run(checker, HELD_OUT, TODAY);
        var roundSixTuning = CorpusScore.run(checker, ROUND_SIX_TUNING, TODAY);
        var roundFiveTuning = CorpusScore.run(checker, ROUND_FIVE_TUNING, TODAY);
        var roundFourTuning = CorpusScore.run(checker, ROUND_FOUR_TUNING, TODAY);
        var roundThreeTuning = CorpusScore.run(checker, ROUND_THREE_TUNING, TODAY);
        var tuning = CorpusScore.run(checker, TUNING, TODAY);

        String report = "# Feedback check on text the rules were not tuned on\n\n"
                + "## Headline: round-nine held-out batch (corpus-en-9-heldout.tsv)\n\n" + headline.table()
                + "\n## Round-seven held-out batch (corpus-en-7-heldout.tsv, other hands, never tuned on: a guard)\n\n"
                + roundSeven.table()
                + "\n## Round-six batch (corpus-en-6-heldout.tsv, training data since round seven: a regression guard)\n\n"
                + roundSix.table()
                + "\n## Round-five batch (corpus-en-5-heldout.tsv, tuning data since round six: a regression guard)\n\n"
                + roundFive.table()
                + "\n## Round-four batch (corpus-en-4-heldout.tsv, tuning data since round five: a regression guard)\n\n"
                + roundFour.table()
                + "\n## Round-three batch (corpus-en-3-heldout.tsv, tuning data since round four: a regression guard)\n\n"
                + roundThree.table()
                + "\n## Second corpus, held-out part (corpus-en-2-heldout.tsv, seen: a regression guard)\n\n" + seen.table()
                + "\n## Round-six tuning batch (corpus-en-6-tuning.tsv)\n\n" + roundSixTuning.table()
                + "\n## Round-five tuning batch (corpus-en-5-tuning.tsv)\n\n" + roundFiveTuning.table()
                + "\n## Round-four tuning batch (corpus-en-4-tuning.tsv)\n\n" + roundFourTuning.table()
                + "\n## Round-three tuning batch (corpus-en-3-tuning.tsv)\n\n" + roundThreeTuning.table()
                + "\n## Second corpus, tuning part (corpus-en-2-tuning.tsv)\n\n" + tuning.table()
                + "\n## Differences from the labels, tuning texts only\n\n```\n" + roundSix.missList() + roundSixTuning.missList()
                + roundFive.missList() + roundFiveTuning.missList() + roundFour.missList() + roundFourTuning.missList()
                + roundThree.missList() + roundThreeTuning.missList() + tuning.missList() + "```\n"
                + "\n(The differences on corpus-en-9-heldout.tsv, corpus-en-7-heldout.tsv and corpus-en-2-heldout.tsv are counted above but not listed, so that"
                + " nobody tunes on them.)\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "feedback-quality-heldout.md"), report);

        assertThat(headline.examples).hasSizeGreaterThanOrEqualTo(500);
        assertFloors("round-nine held-out", headline, HEADLINE_FLOORS);
        assertFloors("round-seven held-out", roundSeven, ROUND_SEVEN_FLOORS);
        assertFloors("round-six batch", roundSix, ROUND_SIX_FLOORS);
        assertFloors("round-five batch", roundFive, ROUND_FIVE_FLOORS);
        assertFloors("round-four batch", roundFour, ROUND_FOUR_FLOORS);
        assertFloors("round-three batch", roundThree, ROUND_THREE_FLOORS);
        assertFloors("seen held-out", seen, SEEN_FLOORS);
    }

    private static void assertFloors(String part, CorpusScore score, Map<FeedbackRule, double[]> floors) {
        score.counts.forEach((rule, counts) -> {
            double[] floor = floors.get(rule);
            assertThat(counts.precision()).as("%s precision of %s", part, rule).isGreaterThanOrEqualTo(floor[0]);
            assertThat(counts.recall()).as("%s recall of %s", part, rule).isGreaterThanOrEqualTo(floor[1]);
        });
    }

    private static boolean heldOut(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return (hash[0] & 1) == 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(String resource) throws IOException {
        var in = FeedbackHeldOutTests.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", 3)[2]).toList();
        }
    }
}
