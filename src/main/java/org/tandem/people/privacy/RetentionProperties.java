package org.tandem.people.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each kind of data is kept ({@code tandem.retention.*}); a zero duration keeps that kind forever.
 * docs/privacy.md explains each default.
 */
@ConfigurationProperties("tandem.retention")
public record RetentionProperties(Duration sentMailBodies, Duration outboxRows, Duration endedMentorshipContent,
                                  Duration auditEntries, Duration deactivatedAccounts, Duration idempotencyRecords, Duration runEvery) {

    public RetentionProperties {
        sentMailBodies = sentMailBodies == null ? Duration.ofDays(30) : sentMailBodies;
        outboxRows = outboxRows == null ? Duration.ofDays(365) : outboxRows;
        endedMentorshipContent = endedMentorshipContent == null ? Duration.ofDays(730) : endedMentorshipContent;
        auditEntries = auditEntries == null ? Duration.ofDays(730) : auditEntries;
        deactivatedAccounts = deactivatedAccounts == null ? Duration.ofDays(365) : deactivatedAccounts;
        idempotencyRecords = idempotencyRecords == null ? Duration.ofDays(2) : idempotencyRecords;
        runEvery = runEvery == null ? Duration.ofHours(6) : runEvery;
    }
}
