package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotifyPropertiesTests {

    final NotifyProperties properties = new NotifyProperties(null, 8, Duration.ofSeconds(30), Duration.ofHours(6), null, null, null, null, null);

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBefore() {
        assertThat(properties.backoff(1, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoff(2, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.backoff(5, 0)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void theWaitIsCappedAndJitterAddsAtMostATenth() {
        assertThat(properties.backoff(40, 0)).isEqualTo(Duration.ofHours(6));
        assertThat(properties.backoff(1, 1)).isEqualTo(Duration.ofSeconds(33));
    }

    @Test
    void unsetPropertiesHaveSafeDefaults() {
        var defaults = NotifyProperties.defaults();

        assertThat(defaults.maxAttempts()).isEqualTo(8);
        assertThat(defaults.reminderScan()).isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.mailFrom()).contains("@");
    }
}
