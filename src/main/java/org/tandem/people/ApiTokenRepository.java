package org.tandem.people;

import static org.tandem.db.Tables.API_TOKEN;
import static org.tandem.db.Tables.PERSON;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Actor owner, UUID id, String name, String hash, LocalDate expiresOn, Instant now) {
        dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.ID, id)
                .set(API_TOKEN.ORGANIZATION_ID, owner.organizationId().value())
                .set(API_TOKEN.PERSON_ID, owner.personId().value())
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .set(API_TOKEN.EXPIRES_ON, expiresOn)
                .execute();
    }

    List<ApiToken> listFor(OrganizationId organization, PersonId owner) {
        return dsl.selectFrom(API_TOKEN)
                .where(API_TOKEN.ORGANIZATION_ID.eq(organization.value()))
                .and(API_TOKEN.PERSON_ID.eq(owner.value()))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .orderBy(API_TOKEN.ID)
                .fetch(r -> new ApiToken(r.getId(), r.getName(), r.getCreatedAt().toInstant(), r.getExpiresOn(),
                        r.getLastUsedAt() == null ? null : r.getLastUsedAt().toInstant()));
    }

    boolean revoke(OrganizationId organization, PersonId owner, UUID id, Instant now) {
        return dsl.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, now.atOffset(ZoneOffset.UTC))
                .where(API_TOKEN.ORGANIZATION_ID.eq(organization.value()))
                .and(API_TOKEN.PERSON_ID.eq(owner.value()))
                .and(API_TOKEN.ID.eq(id))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }

    /** The live token with this hash and whose owner is still active: its id and owner's id. */
    Optional<Record2<UUID, UUID>> findLive(String hash, LocalDate today) {
        return dsl.select(API_TOKEN.ID, API_TOKEN.PERSON_ID).from(API_TOKEN)
                .join(PERSON).on(PERSON.ID.eq(API_TOKEN.PERSON_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(hash))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_ON.isNull().or(API_TOKEN.EXPIRES_ON.ge(today)))
                .and(PERSON.ACTIVE.isTrue())
                .fetchOptional();
    }

    void touch(UUID id, Instant now) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now.atOffset(ZoneOffset.UTC)).where(API_TOKEN.ID.eq(id)).execute();
    }
}
