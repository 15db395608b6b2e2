package org.tandem.people;

import static org.tandem.db.Tables.ORGANIZATION;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.OrganizationRecord;

@Repository
class OrganizationRepository {

    private final DSLContext dsl;

    OrganizationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Organization> findBySlug(String slug) {
        return dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.SLUG.eq(slug)).fetchOptional().map(OrganizationRepository::toOrganization);
    }

    Optional<Organization> find(OrganizationId id) {
        return dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id.value())).fetchOptional().map(OrganizationRepository::toOrganization);
    }

    /**
     * Holds the organization's row until the transaction ends, so two concurrent changes of admins (each
     * demoting the other) are decided one after the other and cannot both pass the last-admin rule.
     */
    void lockForAdminChanges(OrganizationId id) {
        dsl.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.ID.eq(id.value())).forUpdate().fetch();
    }

    void insert(Organization organization) {
        dsl.insertInto(ORGANIZATION)
                .set(ORGANIZATION.ID, organization.id().value())
                .set(ORGANIZATION.NAME, organization.name())
                .set(ORGANIZATION.SLUG, organization.slug())
                .set(ORGANIZATION.CREATED_AT, organization.createdAt())
                .execute();
    }

    private static Organization toOrganization(OrganizationRecord r) {
        return new Organization(new OrganizationId(r.getId()), r.getName(), r.getSlug(), r.getCreatedAt());
    }
}
