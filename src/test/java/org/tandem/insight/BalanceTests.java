package org.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BalanceTests {

    @Test
    void sharesComeFromMinutesUsedPerKind() {
        Balance b = Balance.of(new Balance.Weights(30 * 60, 20 * 60, 10 * 60, 0, 0, 0));

        assertThat(b.review()).isCloseTo(0.5, within(1e-9));
        assertThat(b.adjustment()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(b.celebration()).isCloseTo(1 / 6.0, within(1e-9));
    }

    @Test
    void eachRecordedItemWeighsTwoMinutesSoAWinInARushedSectionStillCounts() {
        Balance b = Balance.of(new Balance.Weights(6 * 60, 0, 0, 0, 0, 3));

        assertThat(b.review()).isCloseTo(0.5, within(1e-9));
        assertThat(b.celebration()).isCloseTo(0.5, within(1e-9));
        assertThat(b.adjustment()).isZero();
    }

    @Test
    void sharesAlwaysSumToExactlyOne() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            Balance b = Balance.of(new Balance.Weights(random.nextInt(4000), random.nextInt(4000), random.nextInt(4000) + 1,
                    random.nextInt(5), random.nextInt(5), random.nextInt(5)));
            assertThat(b.review() + b.adjustment() + b.celebration()).isCloseTo(1.0, within(1e-12));
            int[] p = b.percents();
            assertThat(p[0] + p[1] + p[2]).isEqualTo(100);
        }
    }

    @Test
    void aCheckInWithNothingRecordedHasNoBalanceRatherThanAFakeOne() {
        Balance b = Balance.of(new Balance.Weights(0, 0, 0, 0, 0, 0));

        assertThat(b.known()).isFalse();
        assertThat(b.review()).isNull();
        assertThat(b.describe()).isEqualTo("Nothing recorded yet");
    }

    @Test
    void severalCheckInsCountTheSameHoweverLongEachRan() {
        Balance longReview = Balance.of(new Balance.Weights(90 * 60, 0, 0, 0, 0, 0));
        Balance shortCelebration = Balance.of(new Balance.Weights(0, 0, 5 * 60, 0, 0, 0));

        Balance both = Balance.average(List.of(longReview, shortCelebration, Balance.EMPTY));

        assertThat(both.review()).isCloseTo(0.5, within(1e-9));
        assertThat(both.celebration()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void labelsNameEveryKindWithItsPercentage() {
        Balance b = Balance.shares(2, 1, 1);

        assertThat(b.describe()).isEqualTo("Review 50%, adjustment 25%, celebration 25%");
        assertThat(Balance.shares(1, 1, 1).percents()).containsExactlyInAnyOrder(34, 33, 33);
    }
}
