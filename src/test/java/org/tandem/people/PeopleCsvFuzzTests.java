package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer on the people CSV import: any text gives rows and line errors, never an exception, and every error
 * names a line of the file. In the normal build this runs over the seeds in {@code PeopleCsvFuzzTestsInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes for real (docs/input-limits.md).
 */
class PeopleCsvFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void anyTextParsesIntoRowsAndLineErrorsWithoutThrowing(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        PeopleCsv.Parsed parsed = PeopleCsv.parse(text);

        long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
        assertThat(parsed.errors()).allSatisfy(error -> {
            assertThat(error.line()).isBetween(1, (int) lines);
            assertThat(error.message()).isNotBlank();
        });
        assertThat(parsed.rows()).allSatisfy(row -> assertThat(row.draft().problems()).isEmpty());
    }
}
