package org.tandem.people;

import static org.tandem.db.Tables.PERSON;
import static org.tandem.db.Tables.PERSON_ROLE;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.PersonRecord;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/** Owns every SQL statement about people and their roles. */
@Repository
class PersonRepository {

    private final DSLContext dsl;

    PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Person> find(OrganizationId organization, PersonId id) {
        return dsl.selectFrom(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organization.value()))
                .and(PERSON.ID.eq(id.value()))
                .fetchOptional()
                .map(r -> toPerson(r, rolesOf(organization, List.of(r.getId())).getOrDefault(r.getId(), Set.of())));
    }

    /** Sign-in happens before the tenant is known, so this is the one lookup not scoped by organization. */
    Optional<PersonRecord> findLogin(String email) {
        return dsl.selectFrom(PERSON).where(PERSON.EMAIL.eq(email.trim().toLowerCase(java.util.Locale.ROOT))).fetchOptional();
    }

    Optional<Person> findByEmail(OrganizationId organization, String email) {
        return dsl.selectFrom(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organization.value()))
                .and(PERSON.EMAIL.eq(email))
                .fetchOptional()
                .map(r -> toPerson(r, rolesOf(organization, List.of(r.getId())).getOrDefault(r.getId(), Set.of())));
    }

    boolean emailTaken(String email) {
        return dsl.fetchExists(PERSON, PERSON.EMAIL.eq(email));
    }

    List<Person> search(OrganizationId organization, String query, PageRequest page) {
        Condition condition = PERSON.ORGANIZATION_ID.eq(organization.value());
        if (query != null && !query.isBlank()) {
            String like = "%" + query.trim().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(DSL.lower(PERSON.DISPLAY_NAME).like(like, '\\')
                    .or(PERSON.EMAIL.like(like, '\\'))
                    .or(DSL.lower(PERSON.TEAM).like(like, '\\')));
        }
        if (page.after().isPresent()) {
            condition = condition.and(PERSON.ID.gt(page.after().get()));
        }
        List<PersonRecord> rows = dsl.selectFrom(PERSON).where(condition).orderBy(PERSON.ID).limit(page.fetchSize()).fetch();
        Map<UUID, Set<Role>> roles = rolesOf(organization, rows.stream().map(PersonRecord::getId).toList());
        return rows.stream().map(r -> toPerson(r, roles.getOrDefault(r.getId(), Set.of()))).toList();
    }

    List<Person> withRole(OrganizationId organization, Role role) {
        List<PersonRecord> rows = dsl.select(PERSON.fields()).from(PERSON)
                .join(PERSON_ROLE).on(PERSON_ROLE.PERSON_ID.eq(PERSON.ID))
                .where(PERSON.ORGANIZATION_ID.eq(organization.value()))
                .and(PERSON_ROLE.ROLE.eq(role.name()))
                .and(PERSON.ACTIVE.isTrue())
                .orderBy(PERSON.DISPLAY_NAME)
                .fetchInto(PERSON);
        Map<UUID, Set<Role>> roles = rolesOf(organization, rows.stream().map(PersonRecord::getId).toList());
        return rows.stream().map(r -> toPerson(r, roles.getOrDefault(r.getId(), Set.of()))).toList();
    }

    Map<UUID, String> names(OrganizationId organization, Collection<UUID> ids) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organization.value()))
                .and(PERSON.ID.in(new java.util.HashSet<>(ids))) // each id bound once, however often it is asked for
                .fetchMap(PERSON.ID, PERSON.DISPLAY_NAME);
    }

    void insert(Person person, String passwordHash, Instant now) {
        dsl.insertInto(PERSON)
                .set(PERSON.ID, person.id().value())
                .set(PERSON.ORGANIZATION_ID, person.organizationId().value())
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.DISPLAY_NAME, person.displayName())
                .set(PERSON.TEAM, person.team())
                .set(PERSON.TITLE, person.title())
                .set(PERSON.SENIORITY, person.seniority())
                .set(PERSON.TIME_ZONE, person.timeZone().getId())
                .set(PERSON.PASSWORD_HASH, passwordHash)
                .set(PERSON.ACTIVE, person.active())
                .set(PERSON.STATUS, person.status().name())
                .set(PERSON.STATUS_SINCE, person.statusSince())
                .set(PERSON.CREATED_AT, now)
                .set(PERSON.VERSION, 0L)
                .execute();
        insertRoles(person);
    }

    /** Writes the person's fields and roles if nobody changed them since {@code person.version()}. */
    Person update(Person person, Instant now) {
        int updated = dsl.update(PERSON)
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.DISPLAY_NAME, person.displayName())
                .set(PERSON.TEAM, person.team())
                .set(PERSON.TITLE, person.title())
                .set(PERSON.SENIORITY, person.seniority())
                .set(PERSON.TIME_ZONE, person.timeZone().getId())
                .set(PERSON.ACTIVE, person.active())
                .set(PERSON.STATUS, person.status().name())
                .set(PERSON.STATUS_SINCE, person.statusSince())
                .set(PERSON.DEACTIVATED_AT, person.active() ? null : person.statusSince())
                .set(PERSON.VERSION, person.version() + 1)
                .where(PERSON.ORGANIZATION_ID.eq(person.organizationId().value()))
                .and(PERSON.ID.eq(person.id().value()))
                .and(PERSON.VERSION.eq(person.version()))
                .execute();
        Versions.requireWritten(updated, "Person " + person.displayName(),
                () -> dsl.select(PERSON.VERSION).from(PERSON).where(PERSON.ID.eq(person.id().value())).fetchOne(PERSON.VERSION));
        dsl.deleteFrom(PERSON_ROLE)
                .where(PERSON_ROLE.ORGANIZATION_ID.eq(person.organizationId().value()))
                .and(PERSON_ROLE.PERSON_ID.eq(person.id().value()))
                .execute();
        insertRoles(person);
        return find(person.organizationId(), person.id()).orElseThrow();
    }

    void setPassword(PersonId person, String hash) {
        dsl.update(PERSON).set(PERSON.PASSWORD_HASH, hash).where(PERSON.ID.eq(person.value())).execute();
    }

    void setPassword(OrganizationId organization, PersonId person, String hash) {
        dsl.update(PERSON).set(PERSON.PASSWORD_HASH, hash)
                .where(PERSON.ORGANIZATION_ID.eq(organization.value()))
                .and(PERSON.ID.eq(person.value()))
                .execute();
    }

    Optional<String> passwordHash(OrganizationId organization, PersonId person) {
        return dsl.select(PERSON.PASSWORD_HASH).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organization.value()))
                .and(PERSON.ID.eq(person.value()))
                .fetchOptional(PERSON.PASSWORD_HASH);
    }

    Optional<Person> findByLogin(String email) {
        return findLogin(email).map(r -> toPerson(r, rolesOf(new OrganizationId(r.getOrganizationId()), List.of(r.getId()))
                .getOrDefault(r.getId(), Set.of())));
    }

    /** Replaces personal data with placeholders; the row stays so shared history keeps a (neutral) name. */
    int count(OrganizationId organization) {
        return dsl.fetchCount(PERSON, PERSON.ORGANIZATION_ID.eq(organization.value()));
    }

    private void insertRoles(Person person) {
        var insert = dsl.insertInto(PERSON_ROLE, PERSON_ROLE.PERSON_ID, PERSON_ROLE.ORGANIZATION_ID, PERSON_ROLE.ROLE);
        for (Role role : person.roles()) {
            insert = insert.values(person.id().value(), person.organizationId().value(), role.name());
        }
        insert.execute();
    }

    Map<UUID, Set<Role>> rolesOf(OrganizationId organization, Collection<UUID> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return dsl.select(PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE).from(PERSON_ROLE)
                .where(PERSON_ROLE.ORGANIZATION_ID.eq(organization.value()))
                .and(PERSON_ROLE.PERSON_ID.in(people))
                .fetchGroups(PERSON_ROLE.PERSON_ID, r -> Role.valueOf(r.value2()))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> EnumSet.copyOf(e.getValue())));
    }

    static Person toPerson(PersonRecord r, Set<Role> roles) {
        return new Person(new PersonId(r.getId()), new OrganizationId(r.getOrganizationId()), r.getEmail(), r.getDisplayName(),
                roles, r.getTeam(), r.getTitle(), r.getSeniority(), ZoneId.of(r.getTimeZone()),
                PersonStatus.valueOf(r.getStatus()), r.getStatusSince(), r.getCreatedAt(), r.getVersion());
    }
}
