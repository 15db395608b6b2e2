package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/**
 * Jazzer on the feedback checker: it must never throw, whatever it is given, and every finding must point
 * inside the text. Seeds in {@code FeedbackCheckerFuzzTestsInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real
 * (docs/input-limits.md).
 */
class FeedbackCheckerFuzzTests {

    private static final FeedbackChecker CHECKER = FeedbackChecker.english();
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @FuzzTest(maxDuration = "60s")
    void theCheckerNeverThrowsAndEveryFindingPointsIntoTheText(FuzzedDataProvider data) {
        boolean dated = data.consumeBoolean();
        LocalDate event = TODAY.minusDays(data.consumeInt(-400, 4000));
        String text = data.consumeRemainingAsString();

        var findings = dated ? CHECKER.check(text, event, TODAY) : CHECKER.check(text);

        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.start()).isBetween(0, text.length());
            assertThat(finding.end()).isBetween(finding.start(), text.length());
            assertThat(finding.message()).isNotBlank();
        });
    }
}
