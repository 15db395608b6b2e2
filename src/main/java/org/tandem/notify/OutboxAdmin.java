package org.tandem.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.notify.QueuedMessage.Status;
import org.tandem.people.Actor;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;

/** What an admin sees of their organization's outbox, and sending a dead or uncertain message again. */
@Service
class OutboxAdmin {

    static final int SHOWN = 100;

    private final Outbox outbox;
    private final MailTransport mail;
    private final DeliveryScheduling scheduling;
    private final Clock clock;

    OutboxAdmin(Outbox outbox, MailTransport mail, DeliveryScheduling scheduling, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    record View(Status status, Map<Status, Integer> counts, List<QueuedMessage> messages, boolean mailConfigured) {
    }

    View view(Actor actor, Status status) {
        requireAdmin(actor);
        UUID organization = actor.organizationId().value();
        return new View(status, outbox.counts(organization), outbox.list(organization, status, SHOWN), mail.ready());
    }

    /** A dead or uncertain message goes back to PENDING with fresh attempts; held mail only once SMTP is configured. */
    @Transactional
    QueuedMessage retry(Actor actor, UUID id) {
        requireAdmin(actor);
        QueuedMessage message = outbox.find(actor.organizationId().value(), id).orElseThrow(() -> new NotFoundException("Message", id));
        boolean heldButSendable = message.status() == Status.HELD && mail.ready();
        if (message.status() != Status.DEAD && message.status() != Status.UNKNOWN && !heldButSendable) {
            throw new InvalidStateException(message.status() == Status.HELD
                    ? "Held email leaves once an SMTP server is configured (spring.mail.host)"
                    : "Only a dead or uncertain message can be sent again; this one is " + message.status());
        }
        Instant now = clock.instant();
        if (!outbox.requeue(id, List.of(Status.DEAD, Status.UNKNOWN, Status.HELD), now)) {
            throw new InvalidStateException("The message changed meanwhile; reload the page");
        }
        scheduling.schedule(id, now);
        return outbox.find(id).orElseThrow();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new NotAllowedException("Only an admin sees the outbox");
        }
    }
}
