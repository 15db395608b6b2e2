package org.tandem.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.notify.QueuedMessage.Channel;
import org.tandem.notify.QueuedMessage.Status;

/**
 * Delivers one outbox message, exactly once as far as Tandem can tell: claim it (PENDING → SENDING, one
 * winner), hand it to its transport, record the outcome. A message someone else claimed or finished is
 * left alone, so a repeated or concurrent execution is harmless.
 */
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final Map<Channel, Transport> transports = new EnumMap<>(Channel.class);
    private final NotifyProperties properties;
    private final Clock clock;
    private final String worker;

    OutboxDelivery(Outbox outbox, List<Transport> transports, NotifyProperties properties, Clock clock, String worker) {
        this.outbox = outbox;
        transports.forEach(t -> this.transports.put(t.channel(), t));
        this.properties = properties;
        this.clock = clock;
        this.worker = worker;
    }

    sealed interface Outcome {

        record Finished(Status status) implements Outcome {
        }

        /** Not delivered this time; the execution should run again at {@code at}. */
        record RetryAt(Instant at) implements Outcome {
        }
    }

    Outcome deliver(UUID id) {
        var claimed = outbox.claim(id, worker, clock.instant().plus(properties.lease()));
        if (claimed.isEmpty()) {
            // Sent, dead, held, cancelled, or in another instance's hands: nothing for us to do.
            return new Outcome.Finished(outbox.find(id).map(QueuedMessage::status).orElse(Status.CANCELLED));
        }
        QueuedMessage message = claimed.get();
        Transport transport = transports.get(message.channel());
        if (transport == null || !transport.ready()) {
            outbox.finish(id, worker, Status.HELD, "No " + message.channel().name().toLowerCase() + " transport is configured on this instance");
            return new Outcome.Finished(Status.HELD);
        }
        try {
            transport.send(message);
        } catch (Transport.Failure failure) {
            return failed(message, failure);
        } catch (RuntimeException e) {
            return failed(message, Transport.Failure.transientFailure(e.toString(), e));
        }
        if (!outbox.markSent(id, worker, clock.instant())) {
            log.warn("Outbox message {} was sent but its claim had been taken over; it stays as the sweep left it", id);
        }
        return new Outcome.Finished(Status.SENT);
    }

    private Outcome failed(QueuedMessage message, Transport.Failure failure) {
        if (failure.permanent() || message.attempts() >= properties.maxAttempts()) {
            String reason = failure.permanent() ? failure.getMessage()
                    : failure.getMessage() + " (gave up after " + message.attempts() + " attempts)";
            outbox.finish(message.id(), worker, Status.DEAD, reason);
            log.warn("Outbox message {} ({}) is dead: {}", message.id(), message.kind(), reason);
            return new Outcome.Finished(Status.DEAD);
        }
        Instant next = clock.instant().plus(properties.backoff(message.attempts(), ThreadLocalRandom.current().nextDouble()));
        outbox.retryLater(message.id(), worker, next, failure.getMessage());
        return new Outcome.RetryAt(next);
    }

    String worker() {
        return worker;
    }
}
