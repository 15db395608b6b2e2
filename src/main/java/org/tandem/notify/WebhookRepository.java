package org.tandem.notify;

import static org.tandem.db.Tables.WEBHOOK;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Owns every SQL statement about webhook subscriptions. */
@Repository
class WebhookRepository {

    private final DSLContext dsl;

    WebhookRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Webhook webhook, String secret, UUID createdBy) {
        dsl.insertInto(WEBHOOK)
                .set(WEBHOOK.ID, webhook.id())
                .set(WEBHOOK.ORGANIZATION_ID, webhook.organizationId())
                .set(WEBHOOK.URL, webhook.url())
                .set(WEBHOOK.EVENTS, String.join(",", webhook.events()))
                .set(WEBHOOK.SECRET, secret)
                .set(WEBHOOK.CREATED_BY, createdBy)
                .set(WEBHOOK.CREATED_AT, webhook.createdAt())
                .execute();
    }

    List<Webhook> list(UUID organization) {
        return dsl.select(WEBHOOK.ID, WEBHOOK.ORGANIZATION_ID, WEBHOOK.URL, WEBHOOK.EVENTS, WEBHOOK.CREATED_AT).from(WEBHOOK)
                .where(WEBHOOK.ORGANIZATION_ID.eq(organization))
                .orderBy(WEBHOOK.ID)
                .fetch(WebhookRepository::toWebhook);
    }

    List<Webhook> subscribedTo(UUID organization, String event) {
        return list(organization).stream().filter(w -> w.events().contains(event)).toList();
    }

    Optional<String> secret(UUID organization, UUID id) {
        return dsl.select(WEBHOOK.SECRET).from(WEBHOOK)
                .where(WEBHOOK.ORGANIZATION_ID.eq(organization)).and(WEBHOOK.ID.eq(id))
                .fetchOptional(WEBHOOK.SECRET);
    }

    boolean delete(UUID organization, UUID id) {
        return dsl.deleteFrom(WEBHOOK).where(WEBHOOK.ORGANIZATION_ID.eq(organization)).and(WEBHOOK.ID.eq(id)).execute() == 1;
    }

    private static Webhook toWebhook(Record r) {
        return new Webhook(r.get(WEBHOOK.ID), r.get(WEBHOOK.ORGANIZATION_ID), r.get(WEBHOOK.URL),
                Arrays.stream(r.get(WEBHOOK.EVENTS).split(",")).filter(e -> !e.isBlank()).toList(),
                r.get(WEBHOOK.CREATED_AT));
    }

    /** A subscription as the API shows it: never its secret. */
    record Webhook(UUID id, UUID organizationId, String url, List<String> events, Instant createdAt) {
    }
}
