package org.tandem.people.account;

import static org.tandem.db.Tables.ACCOUNT_LINK;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.AccountLinkRecord;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/** Owns every SQL statement about one-time account links. */
@Repository
class AccountLinkRepository {

    private final DSLContext dsl;

    AccountLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(AccountLink link, String tokenHash) {
        dsl.insertInto(ACCOUNT_LINK)
                .set(ACCOUNT_LINK.ID, link.id())
                .set(ACCOUNT_LINK.ORGANIZATION_ID, link.organizationId().value())
                .set(ACCOUNT_LINK.PERSON_ID, link.personId().value())
                .set(ACCOUNT_LINK.PURPOSE, link.purpose().name())
                .set(ACCOUNT_LINK.TOKEN_HASH, tokenHash)
                .set(ACCOUNT_LINK.CREATED_AT, link.createdAt())
                .set(ACCOUNT_LINK.EXPIRES_AT, link.expiresAt())
                .execute();
    }

    /** Links are looked up before anyone signed in, so by their hash alone (a hash of 256 random bits is unique). */
    Optional<AccountLink> findByHash(String tokenHash, LinkPurpose purpose) {
        return dsl.selectFrom(ACCOUNT_LINK)
                .where(ACCOUNT_LINK.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT_LINK.PURPOSE.eq(purpose.name()))
                .fetchOptional()
                .map(AccountLinkRepository::toLink);
    }

    /** Marks the link used if it still was usable; false when another request used or voided it first. */
    boolean markUsed(AccountLink link, Instant now) {
        return dsl.update(ACCOUNT_LINK)
                .set(ACCOUNT_LINK.USED_AT, now)
                .where(ACCOUNT_LINK.ORGANIZATION_ID.eq(link.organizationId().value()))
                .and(ACCOUNT_LINK.ID.eq(link.id()))
                .and(ACCOUNT_LINK.USED_AT.isNull())
                .and(ACCOUNT_LINK.VOIDED_AT.isNull())
                .execute() == 1;
    }

    /** Voids every outstanding link of this purpose for the person. */
    int voidOutstanding(OrganizationId organization, PersonId person, LinkPurpose purpose, Instant now) {
        return dsl.update(ACCOUNT_LINK)
                .set(ACCOUNT_LINK.VOIDED_AT, now)
                .where(ACCOUNT_LINK.ORGANIZATION_ID.eq(organization.value()))
                .and(ACCOUNT_LINK.PERSON_ID.eq(person.value()))
                .and(ACCOUNT_LINK.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_LINK.USED_AT.isNull())
                .and(ACCOUNT_LINK.VOIDED_AT.isNull())
                .execute();
    }

    /** The newest link of this purpose for the person, whatever became of it. */
    Optional<AccountLink> latest(OrganizationId organization, PersonId person, LinkPurpose purpose) {
        return dsl.selectFrom(ACCOUNT_LINK)
                .where(ACCOUNT_LINK.ORGANIZATION_ID.eq(organization.value()))
                .and(ACCOUNT_LINK.PERSON_ID.eq(person.value()))
                .and(ACCOUNT_LINK.PURPOSE.eq(purpose.name()))
                .orderBy(ACCOUNT_LINK.CREATED_AT.desc(), ACCOUNT_LINK.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(AccountLinkRepository::toLink);
    }

    private static AccountLink toLink(AccountLinkRecord r) {
        return new AccountLink(r.getId(), new OrganizationId(r.getOrganizationId()), new PersonId(r.getPersonId()),
                LinkPurpose.valueOf(r.getPurpose()), r.getCreatedAt(), r.getExpiresAt(),
                r.getUsedAt() == null ? null : r.getUsedAt(), r.getVoidedAt() == null ? null : r.getVoidedAt());
    }

}
