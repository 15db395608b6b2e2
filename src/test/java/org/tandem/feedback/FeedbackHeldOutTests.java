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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the checker on the second corpus, written in other domains and split once into a tuning part and a
 * frozen held-out part (docs/feedback-quality.md). The held-out figures are the headline: they are printed in
 * the build log, written to target/feedback-quality-heldout.md, and every rule must keep its floor.
 */
class FeedbackHeldOutTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final String TUNING = "feedback/corpus-en-2-tuning.tsv";
    private static final String HELD_OUT = "feedback/corpus-en-2-heldout.tsv";

    /**
     * The goal is 0.9 precision and 0.9 recall for every rule on the held-out part. Where a rule has not reached
     * the goal yet, its floor is the figure reached (rounded down), so the build still catches any drop; the
     * docs and the lead's report say plainly which rules are below the goal.
     */
    private static final double GOAL = 0.9;
    private static final Map<FeedbackRule, double[]> FLOORS = new EnumMap<>(Map.of(
            FeedbackRule.TRAIT_LANGUAGE, new double[] {GOAL, 0.76}, // goal not met: recall 0.769 (before: 0.631)
            FeedbackRule.VAGUE, new double[] {GOAL, 0.89}, // goal not met: recall 0.891 (before: 0.830)
            FeedbackRule.NOT_ACTIONABLE, new double[] {0.89, 0.75}, // goal not met: 0.897 / 0.756 (before: 0.890 / 0.701)
            FeedbackRule.ABSOLUTE, new double[] {GOAL, GOAL},
            FeedbackRule.STALE, new double[] {GOAL, GOAL}));

    @Test
    void everyTextSitsInThePartItsHashGivesIt() throws IOException {
        assertThat(texts(TUNING)).allSatisfy(text -> assertThat(heldOut(text)).as("tuning text: %s", text).isFalse());
        assertThat(texts(HELD_OUT)).allSatisfy(text -> assertThat(heldOut(text)).as("held-out text: %s", text).isTrue());
        assertThat(texts(TUNING).size() + texts(HELD_OUT).size()).isGreaterThanOrEqualTo(600);
    }

    @Test
    void everyRuleKeepsItsFloorOnTheHeldOutPart() throws IOException {
        var checker = FeedbackChecker.english();
        var heldOut = CorpusScore.run(checker, HELD_OUT, TODAY);
        var tuning = CorpusScore.run(checker, TUNING, TODAY);

        String report = "# Feedback check on text the rules were not tuned on\n\n## Held-out part (corpus-en-2-heldout.tsv)\n\n"
                + heldOut.table() + "\n## Tuning part (corpus-en-2-tuning.tsv)\n\n" + tuning.table()
                + "\n## Differences from the labels, tuning part only\n\n```\n" + tuning.missList() + "```\n"
                + "\n(The held-out differences are counted above but not listed, so that nobody tunes on them.)\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "feedback-quality-heldout.md"), report);

        assertThat(heldOut.examples).hasSizeGreaterThanOrEqualTo(300);
        heldOut.counts.forEach((rule, counts) -> {
            double[] floor = FLOORS.get(rule);
            assertThat(counts.precision()).as("held-out precision of %s", rule).isGreaterThanOrEqualTo(floor[0]);
            assertThat(counts.recall()).as("held-out recall of %s", rule).isGreaterThanOrEqualTo(floor[1]);
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

    private static java.util.List<String> texts(String resource) throws IOException {
        var in = FeedbackHeldOutTests.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", 3)[2]).toList();
        }
    }
}
