package org.tandem.people.privacy;

import static org.tandem.db.Tables.AUDIT_ENTRY;
import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.CHECK_IN_NOTE;
import static org.tandem.db.Tables.CHECK_IN_SUMMARY;
import static org.tandem.db.Tables.CHECK_IN_WIN;
import static org.tandem.db.Tables.FEEDBACK_ENTRY;
import static org.tandem.db.Tables.FEEDBACK_REVISION;
import static org.tandem.db.Tables.GROWTH_ANSWER;
import static org.tandem.db.Tables.IDEMPOTENT_REQUEST;
import static org.tandem.db.Tables.CHECK_IN_TAKEAWAY;
import static org.tandem.db.Tables.INTERPRETATION;
import static org.tandem.db.Tables.MENTORSHIP;
import static org.tandem.db.Tables.OBSERVATION;
import static org.tandem.db.Tables.ORGANIZATION;
import static org.tandem.db.Tables.OUTBOX_MESSAGE;
import static org.tandem.db.Tables.PERSON;

import java.time.Instant;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.signin.SignInGuard;
import org.tandem.people.PersonId;

/**
 * Purges what has outlived its retention period ({@link RetentionProperties}), one organization at a time, each in
 * its own transaction, and records each organization's counts in its audit log as {@code RETENTION_PURGED}.
 * Run by a db-scheduler recurring task (one instance of a cluster at a time); running it twice purges nothing twice.
 */
@Component
public class RetentionPurge {

    /** What replaces words whose retention period is over. */
    public static final String REMOVED_TEXT = "(removed after its retention period)";

    private static final List<Table<?>> CHECK_IN_CONTENT = List.of(OBSERVATION, GROWTH_ANSWER, FEEDBACK_ENTRY, FEEDBACK_REVISION, CHECK_IN_WIN,
            CHECK_IN_NOTE, INTERPRETATION, CHECK_IN_TAKEAWAY, CHECK_IN_SUMMARY, CHECK_IN);

    private final DSLContext dsl;
    private final RetentionProperties properties;
    private final PeopleService people;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SignInGuard signIn;

    RetentionPurge(DSLContext dsl, RetentionProperties properties, PeopleService people, AuditLog audit,
            TransactionTemplate transactions, Clock clock, SignInGuard signIn) {
        this.dsl = dsl;
        this.properties = properties;
        this.people = people;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.signIn = signIn;
    }

    /** The recurring task's body: every organization, each in its own transaction. */
    public void run() {
        // sign-in counters belong to no organization (they count emails and addresses as typed)
        transactions.executeWithoutResult(status -> signIn.forgetExpired());
        for (UUID organization : dsl.select(ORGANIZATION.ID).from(ORGANIZATION).fetch(ORGANIZATION.ID)) {
            transactions.executeWithoutResult(status -> purge(new OrganizationId(organization)));
        }
    }

    Map<RetentionKind, Integer> purge(OrganizationId organization) {
        Map<RetentionKind, Integer> counts = new EnumMap<>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            Duration period = kind.period(properties);
            if (period.isZero() || period.isNegative()) {
                continue;
            }
            Instant before = clock.instant().minus(period);
            counts.put(kind, purge(kind, organization.value(), before));
        }
        Map<String, String> details = new LinkedHashMap<>();
        counts.forEach((kind, count) -> details.put(kind.name(), String.valueOf(count)));
        audit.record(organization, null, AuditAction.RETENTION_PURGED, AuditTarget.NONE, details);
        return counts;
    }

    private int purge(RetentionKind kind, UUID organization, Instant before) {
        return switch (kind) {
            case SENT_MAIL_BODIES -> dsl.update(OUTBOX_MESSAGE)
                    .set(OUTBOX_MESSAGE.BODY_TEXT, REMOVED_TEXT)
                    .setNull(OUTBOX_MESSAGE.BODY_HTML)
                    .where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization))
                    .and(OUTBOX_MESSAGE.STATUS.eq("SENT"))
                    .and(OUTBOX_MESSAGE.SENT_AT.lt(before))
                    .and(OUTBOX_MESSAGE.BODY_TEXT.ne(REMOVED_TEXT))
                    .execute();
            case OUTBOX_ROWS -> dsl.deleteFrom(OUTBOX_MESSAGE)
                    .where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization))
                    .and(OUTBOX_MESSAGE.STATUS.in("SENT", "DEAD", "CANCELLED"))
                    .and(OUTBOX_MESSAGE.CREATED_AT.lt(before))
                    .execute();
            case ENDED_MENTORSHIP_CONTENT -> endedMentorshipContent(organization, before);
            case AUDIT_ENTRIES -> dsl.deleteFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.ORGANIZATION_ID.eq(organization))
                    .and(AUDIT_ENTRY.AT.lt(before))
                    .execute();
            case DEACTIVATED_ACCOUNTS -> deactivatedAccounts(organization, before);
            case IDEMPOTENCY_RECORDS -> dsl.deleteFrom(IDEMPOTENT_REQUEST)
                    .where(IDEMPOTENT_REQUEST.ORGANIZATION_ID.eq(organization))
                    .and(IDEMPOTENT_REQUEST.CREATED_AT.lt(before))
                    .execute();
        };
    }

    /** The words PersonData would erase, blanked in old completed check-ins of ended mentorships. */
    @SuppressWarnings("unchecked")
    private int endedMentorshipContent(UUID organization, Instant before) {
        var oldCheckIns = DSL.select(CHECK_IN.ID).from(CHECK_IN).join(MENTORSHIP).on(MENTORSHIP.ID.eq(CHECK_IN.MENTORSHIP_ID))
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization))
                .and(MENTORSHIP.STATUS.eq("ENDED"))
                .and(CHECK_IN.STATUS.eq("COMPLETED"))
                .and(CHECK_IN.COMPLETED_AT.lt(before));
        int rows = 0;
        for (Table<?> table : CHECK_IN_CONTENT) {
            TableDecision decision = PersonData.of(table).orElseThrow();
            List<Field<String>> words = decision.columns().stream().filter(c -> c.erasure() == Erasure.REPLACE)
                    .map(c -> (Field<String>) c.field()).toList();
            Map<Field<?>, Object> changes = new LinkedHashMap<>();
            words.forEach(f -> changes.put(f, DSL.when(f.isNull(), DSL.inline(null, String.class)).otherwise(DSL.inline(REMOVED_TEXT))));
            Condition notYet = DSL.or(words.stream().map(f -> f.isNotNull().and(f.ne(REMOVED_TEXT))).toList());
            Field<UUID> checkIn = table == CHECK_IN ? CHECK_IN.ID : (Field<UUID>) table.field("check_in_id");
            rows += dsl.update(table).set(changes)
                    .where(((Field<UUID>) table.field("organization_id")).eq(organization))
                    .and(checkIn.in(oldCheckIns))
                    .and(notYet)
                    .execute();
        }
        return rows;
    }

    private int deactivatedAccounts(UUID organization, Instant before) {
        List<UUID> due = dsl.select(PERSON.ID).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organization))
                .and(PERSON.ACTIVE.isFalse())
                .and(PERSON.DEACTIVATED_AT.lt(before))
                .and(PERSON.EMAIL.notLike("erased-%@erased.invalid"))
                .fetch(PERSON.ID);
        var org = new OrganizationId(organization);
        due.forEach(id -> people.find(org, new PersonId(id)).ifPresent(person -> people.eraseUnchecked(person, null)));
        return due.size();
    }
}
