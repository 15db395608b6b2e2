package org.tandem.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.notify.QueuedMessage.Channel;
import org.tandem.notify.QueuedMessage.Status;

/**
 * Tidies what a crash or a configuration change leaves behind. A claim whose lease ran out means an
 * instance stopped between sending and recording: a webhook is posted again (same delivery id, which
 * receivers use to drop the copy), but an email goes to UNKNOWN for an admin to decide, because sending it
 * again could deliver it twice. Held emails leave once an SMTP server is configured.
 */
@Component
class OutboxSweep {

    static final String INTERRUPTED_MAIL = "Sending was interrupted (the instance stopped); it may or may not have arrived. "
            + "Retry to send it again.";
    static final String INTERRUPTED_WEBHOOK = "Posting was interrupted (the instance stopped); posted again with the same delivery id.";

    private final Outbox outbox;
    private final MailTransport mail;
    private final DeliveryScheduling scheduling;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxSweep(Outbox outbox, MailTransport mail, DeliveryScheduling scheduling, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.scheduling = scheduling;
        this.transaction = transaction;
        this.clock = clock;
    }

    void run() {
        Instant now = clock.instant();
        for (QueuedMessage stale : outbox.staleClaims(now, 200)) {
            if (stale.channel() == Channel.WEBHOOK) {
                transaction.executeWithoutResult(s -> {
                    if (outbox.resolveStale(stale.id(), stale.claimedBy(), Status.PENDING, now, INTERRUPTED_WEBHOOK)) {
                        scheduling.schedule(stale.id(), now);
                    }
                });
            } else {
                outbox.resolveStale(stale.id(), stale.claimedBy(), Status.UNKNOWN, now, INTERRUPTED_MAIL);
            }
        }
        if (mail.ready()) {
            List<java.util.UUID> held = outbox.held(Channel.MAIL, 500);
            for (var id : held) {
                transaction.executeWithoutResult(s -> {
                    if (outbox.requeue(id, List.of(Status.HELD), now)) {
                        scheduling.schedule(id, now);
                    }
                });
            }
        }
    }
}
