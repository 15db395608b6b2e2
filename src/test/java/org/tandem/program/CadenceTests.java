package org.tandem.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

class CadenceTests {

    @Test
    void aPairMeetsEveryOneTo180Days() {
        assertThat(Cadence.problems("", 1, 45)).isEmpty();
        assertThat(Cadence.problems("", 180, 45)).isEmpty();
        assertThat(Cadence.problems("", 0, 45)).extracting(FieldError::field).containsExactly("intervalDays");
        assertThat(Cadence.problems("", 181, 45)).extracting(FieldError::field).containsExactly("intervalDays");
    }

    @Test
    void aCheckInLasts10To240Minutes() {
        assertThat(Cadence.problems("", 14, 10)).isEmpty();
        assertThat(Cadence.problems("", 14, 240)).isEmpty();
        assertThat(Cadence.problems("", 14, 9)).extracting(FieldError::field).containsExactly("durationMinutes");
        assertThat(Cadence.problems("", 14, 241)).extracting(FieldError::field).containsExactly("durationMinutes");
    }

    @Test
    void bothValuesAreRequired() {
        assertThat(Cadence.problems("", null, null)).extracting(FieldError::field).containsExactly("intervalDays", "durationMinutes");
    }

    @Test
    void problemsAreNamedUnderTheGivenPrefix() {
        assertThat(Cadence.problems("defaultCadence.", 0, 5)).extracting(FieldError::field)
                .containsExactly("defaultCadence.intervalDays", "defaultCadence.durationMinutes");
    }

    @Test
    void aGoodCadenceIsMade() {
        assertThat(Cadence.of("", 7, 30)).isEqualTo(new Cadence(7, 30));
    }

    @Test
    void aBadCadenceIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> Cadence.of("cadence.", 365, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("cadence.intervalDays", "cadence.durationMinutes"));
    }

    @Test
    void fortnightlyMeansEvery14DaysFor45Minutes() {
        assertThat(Cadence.FORTNIGHTLY).isEqualTo(new Cadence(14, 45));
    }
}
