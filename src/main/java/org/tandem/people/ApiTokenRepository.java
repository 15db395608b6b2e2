package org.tandem.people;

import static org.tandem.db.Tables.API_TOKEN;
import static org.tandem.db.Tables.PERSON;
import static org.tandem.db.Tables.PERSON_ROLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.PersonRecord;

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
                .set(API_TOKEN.CREATED_AT, now)
                .set(API_TOKEN.EXPIRES_ON, expiresOn)
                .execute();
    }

    List<ApiToken> listFor(OrganizationId organization, PersonId owner) {
        return dsl.selectFrom(API_TOKEN)
                .where(API_TOKEN.ORGANIZATION_ID.eq(organization.value()))
                .and(API_TOKEN.PERSON_ID.eq(owner.value()))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .orderBy(API_TOKEN.ID)
                .fetch(r -> new ApiToken(r.getId(), r.getName(), r.getCreatedAt(), r.getExpiresOn(),
                        r.getLastUsedAt() == null ? null : r.getLastUsedAt()));
    }

    boolean revoke(OrganizationId organization, PersonId owner, UUID id, Instant now) {
        return dsl.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.ORGANIZATION_ID.eq(organization.value()))
                .and(API_TOKEN.PERSON_ID.eq(owner.value()))
                .and(API_TOKEN.ID.eq(id))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }

    /** A live token found by its hash: the token's id, when it was last recorded in use, and its owner with roles. */
    record LiveToken(UUID id, Instant lastUsedAt, PersonRecord owner, Set<Role> roles) {
    }

    /**
     * One read, no lock: the token with this hash that is not revoked, not expired and whose owner is still active,
     * with the owner's row and roles (a MULTISET, so no second round trip).
     */
    Optional<LiveToken> findLive(String hash, LocalDate today) {
        var roles = DSL.multiset(DSL.select(PERSON_ROLE.ROLE).from(PERSON_ROLE)
                        .where(PERSON_ROLE.ORGANIZATION_ID.eq(PERSON.ORGANIZATION_ID))
                        .and(PERSON_ROLE.PERSON_ID.eq(PERSON.ID)))
                .convertFrom(r -> {
                    Set<Role> set = EnumSet.noneOf(Role.class);
                    r.forEach(role -> set.add(Role.valueOf(role.value1())));
                    return set;
                });
        return dsl.select(API_TOKEN.ID, API_TOKEN.LAST_USED_AT, PERSON, roles).from(API_TOKEN)
                .join(PERSON).on(PERSON.ID.eq(API_TOKEN.PERSON_ID)).and(PERSON.ORGANIZATION_ID.eq(API_TOKEN.ORGANIZATION_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(hash))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_ON.isNull().or(API_TOKEN.EXPIRES_ON.ge(today)))
                .and(PERSON.ACTIVE.isTrue())
                .fetchOptional(r -> new LiveToken(r.value1(), r.value2() == null ? null : r.value2(),
                        r.value3(), r.value4()));
    }

    /**
     * Records that the token was used, unless a use after {@code staleBefore} is already recorded: a conditional
     * single-row UPDATE in its own short statement, so concurrent requests never wait on one another for long and
     * at most one of them writes per interval.
     */
    boolean touchIfStale(UUID id, Instant now, Instant staleBefore) {
        return dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now)
                .where(API_TOKEN.ID.eq(id))
                .and(API_TOKEN.LAST_USED_AT.isNull().or(API_TOKEN.LAST_USED_AT.lt(staleBefore)))
                .execute() == 1;
    }
}
