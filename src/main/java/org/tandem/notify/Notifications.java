package org.tandem.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.notify.QueuedMessage.Channel;
import org.tandem.notify.QueuedMessage.Status;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every feature sends something out of Tandem. Each method writes to the outbox inside the caller's
 * transaction (it refuses to run without one), so the message exists if and only if the change that caused
 * it committed. The unique key names the occasion (for example {@code checkin-completed:<id>}): enqueueing
 * the same key again in the same organization does nothing, so callers may retry freely.
 */
@Service
public class Notifications {

    static final int MAX_KEY = 250;

    /** What became of a request to send. */
    public enum Outcome {
        /** Written and scheduled for delivery. */
        QUEUED,
        /** Written, but no SMTP server is configured: it stays in the outbox, readable by admins. */
        HELD,
        /** A message with this key was already written: nothing changed. */
        ALREADY_QUEUED,
        /** The recipient switched this kind of email off. */
        SWITCHED_OFF,
        /** The recipient is not an active person of the organization. */
        NO_RECIPIENT
    }

    private final Outbox outbox;
    private final WebhookRepository webhooks;
    private final NotificationPreferences preferences;
    private final PeopleService people;
    private final MailTransport mail;
    private final DeliveryScheduling scheduling;
    private final JsonMapper json;
    private final Clock clock;

    Notifications(Outbox outbox, WebhookRepository webhooks, NotificationPreferences preferences, PeopleService people, MailTransport mail,
            DeliveryScheduling scheduling, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.preferences = preferences;
        this.people = people;
        this.mail = mail;
        this.scheduling = scheduling;
        this.json = json;
        this.clock = clock;
    }

    /** An email to a person of the organization, unless they switched this kind off. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome enqueueMail(OrganizationId organization, PersonId recipient, NotificationKind kind, String subject, String text,
            String html, String uniqueKey) {
        var person = people.find(organization, recipient).filter(Person::active);
        if (person.isEmpty()) {
            return Outcome.NO_RECIPIENT;
        }
        if (!preferences.enabled(organization, recipient, kind)) {
            return Outcome.SWITCHED_OFF;
        }
        return writeMail(organization, recipient.value(), person.get().email(), kind, subject, text, html, uniqueKey);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome enqueueMail(OrganizationId organization, PersonId recipient, NotificationKind kind, String subject, MailContent content,
            String uniqueKey) {
        return enqueueMail(organization, recipient, kind, subject, content.text(), content.html(), uniqueKey);
    }

    /** An email to an address without an account (a stakeholder or a peer asked for feedback); no preferences apply. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome enqueueMailTo(OrganizationId organization, String email, NotificationKind kind, String subject, MailContent content,
            String uniqueKey) {
        if (email == null || !email.contains("@")) {
            return Outcome.NO_RECIPIENT;
        }
        return writeMail(organization, null, email.trim(), kind, subject, content.text(), content.html(), uniqueKey);
    }

    /**
     * An event for every webhook of the organization subscribed to it: one delivery each, with the body
     * {@code {id, event, occurredAt, data}} fixed now, so every retry posts the same bytes. The event id is
     * derived from the unique key. Answers how many deliveries were written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueueWebhookEvent(OrganizationId organization, String event, Object data, String uniqueKey) {
        requireKey(uniqueKey);
        if (!WebhookEvents.ALL.contains(event)) {
            throw new IllegalArgumentException("Unknown webhook event " + event);
        }
        var subscribers = webhooks.subscribedTo(organization.value(), event);
        if (subscribers.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", UUID.nameUUIDFromBytes((organization + "|" + uniqueKey).getBytes(StandardCharsets.UTF_8)).toString());
        body.put("event", event);
        body.put("occurredAt", now.toString());
        body.put("data", data);
        String payload = json.writeValueAsString(body);
        int written = 0;
        for (var webhook : subscribers) {
            var message = QueuedMessage.draft(Ids.next(), organization.value(), uniqueKey + "@" + webhook.id(), Channel.WEBHOOK, event, null,
                    webhook.id(), webhook.url(), null, payload, null, Status.PENDING, now);
            if (outbox.insert(message)) {
                scheduling.schedule(message.id(), now);
                written++;
            }
        }
        return written;
    }

    private Outcome writeMail(OrganizationId organization, UUID person, String email, NotificationKind kind, String subject, String text,
            String html, String uniqueKey) {
        requireKey(uniqueKey);
        if (subject == null || subject.isBlank() || text == null) {
            throw new IllegalArgumentException("An email needs a subject and a text body");
        }
        Instant now = clock.instant();
        Status status = mail.ready() ? Status.PENDING : Status.HELD;
        var message = QueuedMessage.draft(Ids.next(), organization.value(), uniqueKey, Channel.MAIL, kind.name(), person, null, email,
                subject.length() > 500 ? subject.substring(0, 500) : subject, text, html, status, now);
        if (!outbox.insert(message)) {
            return Outcome.ALREADY_QUEUED;
        }
        if (status == Status.PENDING) {
            scheduling.schedule(message.id(), now);
            return Outcome.QUEUED;
        }
        return Outcome.HELD;
    }

    private static void requireKey(String uniqueKey) {
        if (uniqueKey == null || uniqueKey.isBlank() || uniqueKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("A notification needs a unique key of 1 to " + MAX_KEY + " characters");
        }
    }
}
