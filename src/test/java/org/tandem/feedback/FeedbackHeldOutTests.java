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
 * Scores the checker on text its rules were not tuned on (docs/feedback-quality.md). The headline is the fresh
 * held-out batch of round three (corpus-en-3-heldout.tsv), written and scored before that round changed any
 * rule. The second corpus (corpus-en-2-*) was split once into a tuning part and a held-out part; that held-out
 * part has since been looked at often, so it now only guards against regressions. Every figure is printed in the
 * build log and written to target/feedback-quality-heldout.md; each rule must keep its floor.
 */
class FeedbackHeldOutTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final String TUNING = "feedback/corpus-en-2-tuning.tsv";
    private static final String HELD_OUT = "feedback/corpus-en-2-heldout.tsv";
    private static final String FRESH = "feedback/corpus-en-3-heldout.tsv";
    private static final String FRESH_TUNING = "feedback/corpus-en-3-tuning.tsv";
    private static final String ROUND_FOUR = "feedback/corpus-en-4-heldout.tsv";

    /**
     * The goal is 0.9 precision and 0.9 recall for every rule on text the rules were not tuned on. Where a rule
     * has not reached the goal, its floor is the figure reached (rounded down), so the build still catches any
     * drop; the docs say plainly which rules are below the goal. Raise a floor when a change lifts the figure;
     * never lower one.
     */
    private static final double GOAL = 0.9;

    /** Floors on the fresh held-out batch {precision, recall}: the headline. */
    private static final Map<FeedbackRule, double[]> FRESH_FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, 0.86}, // goal not met: recall 0.864 (unchanged by round three)
            FeedbackRule.VAGUE, new double[] {GOAL, 0.82}, // goal not met: recall 0.824 (before round three: 0.803)
            FeedbackRule.NOT_ACTIONABLE, new double[] {GOAL, 0.78}, // goal not met: recall 0.783 (before: 0.753)
            FeedbackRule.ABSOLUTE, new double[] {GOAL, GOAL},
            FeedbackRule.STALE, new double[] {GOAL, GOAL}));

    /** Floors on the second corpus's held-out part, now seen: a regression guard, no longer a measure. */
    private static final Map<FeedbackRule, double[]> SEEN_FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, 0.76},
            FeedbackRule.VAGUE, new double[] {GOAL, 0.90},
            FeedbackRule.NOT_ACTIONABLE, new double[] {0.89, 0.77},
            FeedbackRule.ABSOLUTE, new double[] {GOAL, GOAL},
            FeedbackRule.STALE, new double[] {GOAL, GOAL}));

    @Test
    void everyTextOfTheSecondCorpusSitsInThePartItsHashGivesIt() throws IOException {
        assertThat(texts(TUNING)).allSatisfy(text -> assertThat(heldOut(text)).as("tuning text: %s", text).isFalse());
        assertThat(texts(HELD_OUT)).allSatisfy(text -> assertThat(heldOut(text)).as("held-out text: %s", text).isTrue());
        assertThat(texts(TUNING).size() + texts(HELD_OUT).size()).isGreaterThanOrEqualTo(600);
    }

    /**
     * The fresh batch was written without copying earlier corpora; 13 of its texts are short stock phrases
     * ("Keep up the good work.") that happen to occur in them too, and they were kept as written, since the
     * batch was scored as it stood (docs/feedback-quality.md). Anything longer in common would be a copy.
     */
    @Test
    void theFreshHeldOutBatchIsLargerThanTheSecondCorpusHeldOutPartAndCopiesNothing() throws IOException {
        var fresh = texts(FRESH);
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(texts(HELD_OUT).size()).doesNotHaveDuplicates();
        var earlier = new java.util.HashSet<String>(texts(HELD_OUT));
        earlier.addAll(texts(TUNING));
        earlier.addAll(texts("feedback/corpus-en.tsv"));
        var shared = fresh.stream().filter(earlier::contains).toList();
        assertThat(shared).hasSizeLessThanOrEqualTo(13).allSatisfy(text -> assertThat(text.split(" ")).hasSizeLessThanOrEqualTo(6));
    }

    @Test
    void everyRuleKeepsItsFloorOnTextItWasNotTunedOn() throws IOException {
        var checker = FeedbackChecker.english();
        var roundFour = CorpusScore.run(checker, ROUND_FOUR, TODAY);
        var fresh = CorpusScore.run(checker, FRESH, TODAY);
        var seen = CorpusScore.run(checker, HELD_OUT, TODAY);
        var tuning = CorpusScore.run(checker, TUNING, TODAY);
        var freshTuning = CorpusScore.run(checker, FRESH_TUNING, TODAY);

        String report = "# Feedback check on text the rules were not tuned on\n\n"
                + "## Round four held-out batch (corpus-en-4-heldout.tsv)\n\n" + roundFour.table()
                + "## Headline: fresh held-out batch (corpus-en-3-heldout.tsv)\n\n" + fresh.table()
                + "\n## Second corpus, held-out part (corpus-en-2-heldout.tsv, seen: a regression guard)\n\n" + seen.table()
                + "\n## Third corpus, tuning batch (corpus-en-3-tuning.tsv)\n\n" + freshTuning.table()
                + "\n## Second corpus, tuning part (corpus-en-2-tuning.tsv)\n\n" + tuning.table()
                + "\n## Differences from the labels, tuning texts only\n\n```\n" + freshTuning.missList() + tuning.missList() + "```\n"
                + "\n(The held-out differences are counted above but not listed, so that nobody tunes on them.)\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "feedback-quality-heldout.md"), report);

        assertThat(fresh.examples).hasSizeGreaterThanOrEqualTo(400);
        assertFloors("fresh held-out", fresh, FRESH_FLOORS);
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
