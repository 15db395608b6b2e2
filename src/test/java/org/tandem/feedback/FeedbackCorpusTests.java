package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Runs the labelled English corpus and holds every rule to at least 0.9 precision and 0.9 recall. The table
 * is printed and written to target/feedback-quality.md; docs/feedback-quality.md quotes it.
 */
class FeedbackCorpusTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final double FLOOR = 0.9;

    @Test
    void everyRuleKeepsPrecisionAndRecallAboveNinetyPercentOnTheCorpus() throws IOException {
        var score = CorpusScore.run(FeedbackChecker.english(), "feedback/corpus-en.tsv", TODAY);

        String report = "# Feedback check on corpus-en.tsv\n\n" + score.table() + "\n## Differences from the labels\n\n```\n"
                + score.missList() + "```\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "feedback-quality.md"), report);

        assertThat(score.examples).hasSizeGreaterThanOrEqualTo(200);
        assertThat(score.silentExamples() * 2).as("at least half the corpus is good feedback").isGreaterThanOrEqualTo(score.examples.size());
        score.counts.forEach((rule, counts) -> {
            assertThat(counts.precision()).as("precision of %s", rule).isGreaterThanOrEqualTo(FLOOR);
            assertThat(counts.recall()).as("recall of %s", rule).isGreaterThanOrEqualTo(FLOOR);
        });
    }
}
