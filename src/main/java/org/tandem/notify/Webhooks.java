package org.tandem.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.notify.WebhookRepository.Webhook;
import org.tandem.people.Actor;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;

/** Admins register where events are posted; each subscription belongs to one organization. */
@Service
class Webhooks {

    static final int MIN_SECRET = 16;

    private final WebhookRepository webhooks;
    private final Outbox outbox;
    private final WebhookUrlPolicy policy;
    private final Clock clock;
    private final AuditLog audit;

    Webhooks(WebhookRepository webhooks, Outbox outbox, WebhookUrlPolicy policy, Clock clock, AuditLog audit) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    Webhook register(Actor actor, String url, List<String> events, String secret) {
        requireAdmin(actor);
        List<FieldError> errors = new ArrayList<>();
        policy.refusal(url).ifPresent(reason -> errors.add(new FieldError("url", reason)));
        if (events == null || events.isEmpty()) {
            errors.add(new FieldError("events", "must name at least one of " + String.join(", ", WebhookEvents.ALL)));
        } else {
            events.stream().filter(e -> !WebhookEvents.ALL.contains(e)).findFirst()
                    .ifPresent(e -> errors.add(new FieldError("events", "'" + e + "' is not one of " + String.join(", ", WebhookEvents.ALL))));
        }
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > 200) {
            errors.add(new FieldError("secret", "must be " + MIN_SECRET + " to 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var webhook = new Webhook(Ids.next(), actor.organizationId().value(), url.trim(), List.copyOf(new LinkedHashSet<>(events)),
                clock.instant());
        webhooks.insert(webhook, secret, actor.personId().value());
        // Only the host: a path or query may carry the receiver's own credentials, and the secret never goes in.
        audit.record(actor, AuditAction.WEBHOOK_CHANGED, AuditTarget.of("WEBHOOK", webhook.id()),
                java.util.Map.of("change", "CREATED", "host", String.valueOf(java.net.URI.create(webhook.url()).getHost()),
                        "events", String.join(",", webhook.events())));
        return webhook;
    }

    List<Webhook> list(Actor actor) {
        requireAdmin(actor);
        return webhooks.list(actor.organizationId().value());
    }

    /** Deliveries still waiting for this webhook are cancelled with it. */
    @Transactional
    void delete(Actor actor, UUID id) {
        requireAdmin(actor);
        if (!webhooks.delete(actor.organizationId().value(), id)) {
            throw new NotFoundException("Webhook", id);
        }
        outbox.cancelForWebhook(actor.organizationId().value(), id);
        audit.record(actor, AuditAction.WEBHOOK_CHANGED, AuditTarget.of("WEBHOOK", id), java.util.Map.of("change", "DELETED"));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new NotAllowedException("Only an admin manages webhooks");
        }
    }
}
