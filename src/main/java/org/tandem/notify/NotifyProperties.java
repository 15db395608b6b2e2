package org.tandem.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notify delivers: {@code tandem.notify.*}. Retries wait {@code retryBase × 2^(attempt-1)} (capped at
 * {@code retryMax}, with a little jitter) and give up after {@code maxAttempts}.
 *
 * @param mailFrom        the From address of every email
 * @param maxAttempts     attempts before a message is dead
 * @param retryBase       the first retry's delay
 * @param retryMax        the longest delay between attempts
 * @param lease           how long an instance may hold a claimed message before the sweep looks at it
 * @param reminderScan    how often reminder sources are asked
 * @param reminderCatchUp how far back a scan looks for reminders it may have missed (while the app was down)
 * @param sweep           how often stale claims and held mail are looked at
 * @param digestCron      when the weekly digest goes out (six fields, UTC)
 */
@ConfigurationProperties("tandem.notify")
record NotifyProperties(String mailFrom, Integer maxAttempts, Duration retryBase, Duration retryMax, Duration lease,
                        Duration reminderScan, Duration reminderCatchUp, Duration sweep, String digestCron) {

    NotifyProperties {
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "Tandem <no-reply@tandem.invalid>" : mailFrom;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        retryBase = retryBase == null ? Duration.ofSeconds(30) : retryBase;
        retryMax = retryMax == null ? Duration.ofHours(6) : retryMax;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        reminderScan = reminderScan == null ? Duration.ofMinutes(1) : reminderScan;
        reminderCatchUp = reminderCatchUp == null ? Duration.ofHours(24) : reminderCatchUp;
        sweep = sweep == null ? Duration.ofMinutes(1) : sweep;
        digestCron = digestCron == null || digestCron.isBlank() ? "0 0 7 * * MON" : digestCron;
    }

    static NotifyProperties defaults() {
        return new NotifyProperties(null, null, null, null, null, null, null, null, null);
    }

    /** The wait before the next attempt, after {@code attempts} failed ones. */
    Duration backoff(int attempts, double jitter) {
        long base = retryBase.toMillis();
        long delay = attempts >= 31 ? Long.MAX_VALUE : base << Math.max(0, attempts - 1);
        if (delay < 0 || delay > retryMax.toMillis()) {
            delay = retryMax.toMillis();
        }
        return Duration.ofMillis(delay + (long) (delay * 0.1 * jitter));
    }
}
