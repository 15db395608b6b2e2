package org.tandem.people.audit;

import static org.tandem.db.Tables.AUDIT_ENTRY;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditEntry;
import org.tandem.people.OrganizationId;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log of one organization, newest first, by keyset over the time-ordered ids. */
@Repository
class AuditQuery {

    /**
     * What to narrow the log to; every part is optional. {@code involving} matches either side (what a person
     * did and what was done to them); {@code to} is exclusive.
     */
    record Filter(UUID actorId, UUID targetId, UUID involving, AuditAction action, Instant from, Instant to) {
    }

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;

    AuditQuery(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    Page<AuditEntry> find(OrganizationId organization, Filter filter, PageRequest page) {
        Condition where = AUDIT_ENTRY.ORGANIZATION_ID.eq(organization.value());
        if (filter.actorId() != null) {
            where = where.and(AUDIT_ENTRY.ACTOR_ID.eq(filter.actorId()));
        }
        if (filter.targetId() != null) {
            where = where.and(AUDIT_ENTRY.TARGET_ID.eq(filter.targetId()));
        }
        if (filter.involving() != null) {
            where = where.and(AUDIT_ENTRY.ACTOR_ID.eq(filter.involving()).or(AUDIT_ENTRY.TARGET_ID.eq(filter.involving())));
        }
        if (filter.action() != null) {
            where = where.and(AUDIT_ENTRY.ACTION.eq(filter.action().name()));
        }
        if (filter.from() != null) {
            where = where.and(AUDIT_ENTRY.AT.ge(filter.from()));
        }
        if (filter.to() != null) {
            where = where.and(AUDIT_ENTRY.AT.lt(filter.to()));
        }
        if (page.after().isPresent()) {
            where = where.and(AUDIT_ENTRY.ID.lt(page.after().get()));
        }
        List<AuditEntry> rows = dsl.selectFrom(AUDIT_ENTRY).where(where)
                .orderBy(AUDIT_ENTRY.ID.desc())
                .limit(DSL.inline(page.fetchSize()))
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getActorId(), AuditAction.valueOf(r.getAction()),
                        r.getTargetType(), r.getTargetId(), r.getIp(), json.readValue(r.getDetails(), DETAILS)));
        return page.page(rows, AuditEntry::id);
    }
}
