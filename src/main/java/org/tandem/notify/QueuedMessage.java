package org.tandem.notify;

import java.time.Instant;
import java.util.UUID;

/** One message of the outbox: what it says, where it goes, and how far its delivery got. */
record QueuedMessage(UUID id, UUID organizationId, String uniqueKey, Channel channel, String kind, UUID personId, UUID webhookId,
                     String recipient, String subject, String bodyText, String bodyHtml, Status status, int attempts,
                     Instant nextAttemptAt, String claimedBy, Instant leaseUntil, String lastError, Instant createdAt,
                     Instant sentAt) {

    enum Channel { MAIL, WEBHOOK }

    /**
     * PENDING waits for its execution; SENDING is claimed by one instance; HELD is mail kept because no SMTP
     * server is configured; UNKNOWN was interrupted mid-send and waits for an admin rather than risk a
     * second copy; DEAD ran out of attempts; CANCELLED lost its webhook.
     */
    enum Status { PENDING, SENDING, SENT, HELD, UNKNOWN, DEAD, CANCELLED }

    /** What a new message looks like before it is written. */
    static QueuedMessage draft(UUID id, UUID organizationId, String uniqueKey, Channel channel, String kind, UUID personId,
            UUID webhookId, String recipient, String subject, String bodyText, String bodyHtml, Status status, Instant now) {
        return new QueuedMessage(id, organizationId, uniqueKey, channel, kind, personId, webhookId, recipient, subject, bodyText,
                bodyHtml, status, 0, now, null, null, null, now, null);
    }
}
