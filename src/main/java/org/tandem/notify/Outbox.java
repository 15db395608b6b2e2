package org.tandem.notify;

import static org.tandem.db.Tables.OUTBOX_MESSAGE;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.OutboxMessageRecord;
import org.tandem.notify.QueuedMessage.Channel;
import org.tandem.notify.QueuedMessage.Status;

/**
 * Owns every SQL statement about the outbox. Each change of a message's status is one conditional update,
 * so two instances racing for the same message cannot both win.
 */
@Repository
class Outbox {

    /** What a delivered message's body reads afterwards (the column stays not null). */
    static final String REDACTED = "";

    private final DSLContext dsl;

    Outbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the message unless one with the same key exists in its organization; true when written. */
    boolean insert(QueuedMessage m) {
        return dsl.insertInto(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.ID, m.id())
                .set(OUTBOX_MESSAGE.ORGANIZATION_ID, m.organizationId())
                .set(OUTBOX_MESSAGE.UNIQUE_KEY, m.uniqueKey())
                .set(OUTBOX_MESSAGE.CHANNEL, m.channel().name())
                .set(OUTBOX_MESSAGE.KIND, m.kind())
                .set(OUTBOX_MESSAGE.PERSON_ID, m.personId())
                .set(OUTBOX_MESSAGE.WEBHOOK_ID, m.webhookId())
                .set(OUTBOX_MESSAGE.RECIPIENT, m.recipient())
                .set(OUTBOX_MESSAGE.SUBJECT, m.subject())
                .set(OUTBOX_MESSAGE.BODY_TEXT, m.bodyText())
                .set(OUTBOX_MESSAGE.BODY_HTML, m.bodyHtml())
                .set(OUTBOX_MESSAGE.STATUS, m.status().name())
                .set(OUTBOX_MESSAGE.ATTEMPTS, 0)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, m.nextAttemptAt())
                .set(OUTBOX_MESSAGE.CREATED_AT, m.createdAt())
                .onConflict(OUTBOX_MESSAGE.ORGANIZATION_ID, OUTBOX_MESSAGE.UNIQUE_KEY).doNothing()
                .execute() == 1;
    }

    /** PENDING → SENDING for this worker, counting the attempt; empty when someone else has it or it is done. */
    Optional<QueuedMessage> claim(UUID id, String worker, Instant leaseUntil) {
        int claimed = dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, Status.SENDING.name())
                .set(OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.ATTEMPTS.plus(1))
                .set(OUTBOX_MESSAGE.CLAIMED_BY, worker)
                .set(OUTBOX_MESSAGE.LEASE_UNTIL, leaseUntil)
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .and(OUTBOX_MESSAGE.STATUS.eq(Status.PENDING.name()))
                .execute();
        return claimed == 1 ? find(id).filter(m -> worker.equals(m.claimedBy())) : Optional.empty();
    }

    /**
     * SENDING → SENT, and the body goes: once delivered, a message keeps its envelope (recipient, subject, kind,
     * status, attempts, times) and nothing of what it said — no conversation text, no one-time or guest link. This
     * holds for every message, whatever its kind, so a new kind of mail cannot forget it.
     */
    boolean markSent(UUID id, String worker, Instant now) {
        return fromClaim(id, worker, Status.SENT).set(OUTBOX_MESSAGE.SENT_AT, now).set(OUTBOX_MESSAGE.LAST_ERROR, (String) null)
                .set(OUTBOX_MESSAGE.BODY_TEXT, REDACTED).set(OUTBOX_MESSAGE.BODY_HTML, (String) null)
                .where(OUTBOX_MESSAGE.ID.eq(id)).and(OUTBOX_MESSAGE.CLAIMED_BY.eq(worker)).and(OUTBOX_MESSAGE.STATUS.eq(Status.SENDING.name()))
                .execute() == 1;
    }

    /** Back to PENDING after a failed attempt, to be tried again at {@code next}. */
    boolean retryLater(UUID id, String worker, Instant next, String error) {
        return fromClaim(id, worker, Status.PENDING).set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, next)
                .set(OUTBOX_MESSAGE.LAST_ERROR, truncate(error))
                .where(OUTBOX_MESSAGE.ID.eq(id)).and(OUTBOX_MESSAGE.CLAIMED_BY.eq(worker)).and(OUTBOX_MESSAGE.STATUS.eq(Status.SENDING.name()))
                .execute() == 1;
    }

    boolean finish(UUID id, String worker, Status status, String error) {
        return fromClaim(id, worker, status).set(OUTBOX_MESSAGE.LAST_ERROR, truncate(error))
                .where(OUTBOX_MESSAGE.ID.eq(id)).and(OUTBOX_MESSAGE.CLAIMED_BY.eq(worker)).and(OUTBOX_MESSAGE.STATUS.eq(Status.SENDING.name()))
                .execute() == 1;
    }

    private org.jooq.UpdateSetMoreStep<OutboxMessageRecord> fromClaim(UUID id, String worker, Status status) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, status.name())
                .set(OUTBOX_MESSAGE.CLAIMED_BY, (String) null)
                .set(OUTBOX_MESSAGE.LEASE_UNTIL, (Instant) null);
    }

    Optional<QueuedMessage> find(UUID id) {
        return dsl.selectFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ID.eq(id)).fetchOptional().map(Outbox::toMessage);
    }

    Optional<QueuedMessage> find(UUID organization, UUID id) {
        return dsl.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization)).and(OUTBOX_MESSAGE.ID.eq(id))
                .fetchOptional().map(Outbox::toMessage);
    }

    Optional<QueuedMessage> findByKey(UUID organization, String uniqueKey) {
        return dsl.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization)).and(OUTBOX_MESSAGE.UNIQUE_KEY.eq(uniqueKey))
                .fetchOptional().map(Outbox::toMessage);
    }

    /** Claims whose holder has not recorded an outcome within the lease: the instance most likely died mid-send. */
    List<QueuedMessage> staleClaims(Instant now, int limit) {
        return dsl.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATUS.eq(Status.SENDING.name())).and(OUTBOX_MESSAGE.LEASE_UNTIL.lt(now))
                .orderBy(OUTBOX_MESSAGE.ID).limit(limit)
                .fetch(Outbox::toMessage);
    }

    /** A stale claim moves on only if it is still the same stale claim (nobody recorded an outcome meanwhile). */
    boolean resolveStale(UUID id, String worker, Status to, Instant now, String note) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, to.name())
                .set(OUTBOX_MESSAGE.CLAIMED_BY, (String) null)
                .set(OUTBOX_MESSAGE.LEASE_UNTIL, (Instant) null)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, now)
                .set(OUTBOX_MESSAGE.LAST_ERROR, truncate(note))
                .where(OUTBOX_MESSAGE.ID.eq(id)).and(OUTBOX_MESSAGE.STATUS.eq(Status.SENDING.name()))
                .and(OUTBOX_MESSAGE.CLAIMED_BY.eq(worker)).and(OUTBOX_MESSAGE.LEASE_UNTIL.lt(now))
                .execute() == 1;
    }

    List<UUID> held(Channel channel, int limit) {
        return dsl.select(OUTBOX_MESSAGE.ID).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATUS.eq(Status.HELD.name())).and(OUTBOX_MESSAGE.CHANNEL.eq(channel.name()))
                .orderBy(OUTBOX_MESSAGE.ID).limit(limit)
                .fetch(OUTBOX_MESSAGE.ID);
    }

    /** HELD, DEAD or UNKNOWN → PENDING with a fresh count of attempts; true when it moved. */
    boolean requeue(UUID id, Collection<Status> from, Instant now) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, Status.PENDING.name())
                .set(OUTBOX_MESSAGE.ATTEMPTS, 0)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, now)
                .where(OUTBOX_MESSAGE.ID.eq(id)).and(OUTBOX_MESSAGE.STATUS.in(from.stream().map(Enum::name).toList()))
                .execute() == 1;
    }

    int cancelForWebhook(UUID organization, UUID webhook) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, Status.CANCELLED.name())
                .set(OUTBOX_MESSAGE.LAST_ERROR, "The webhook was deleted")
                .where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization)).and(OUTBOX_MESSAGE.WEBHOOK_ID.eq(webhook))
                .and(OUTBOX_MESSAGE.STATUS.in(Status.PENDING.name(), Status.HELD.name(), Status.DEAD.name(), Status.UNKNOWN.name()))
                .execute();
    }

    /** Newest first, for the admin page. */
    List<QueuedMessage> list(UUID organization, Status status, int limit) {
        return dsl.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization)).and(OUTBOX_MESSAGE.STATUS.eq(status.name()))
                .orderBy(OUTBOX_MESSAGE.ID.desc()).limit(limit)
                .fetch(Outbox::toMessage);
    }

    Map<Status, Integer> counts(UUID organization) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        dsl.select(OUTBOX_MESSAGE.STATUS, org.jooq.impl.DSL.count()).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization))
                .groupBy(OUTBOX_MESSAGE.STATUS)
                .forEach(r -> counts.put(Status.valueOf(r.value1()), r.value2()));
        return counts;
    }

    static QueuedMessage toMessage(OutboxMessageRecord r) {
        return new QueuedMessage(r.getId(), r.getOrganizationId(), r.getUniqueKey(), Channel.valueOf(r.getChannel()), r.getKind(),
                r.getPersonId(), r.getWebhookId(), r.getRecipient(), r.getSubject(), r.getBodyText(), r.getBodyHtml(),
                Status.valueOf(r.getStatus()), r.getAttempts(), r.getNextAttemptAt(), r.getClaimedBy(),
                r.getLeaseUntil(), r.getLastError(), r.getCreatedAt(), r.getSentAt());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
