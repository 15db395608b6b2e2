package org.tandem.program;

import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.PLAYBOOK;
import static org.tandem.db.Tables.PLAYBOOK_SECTION;
import static org.tandem.db.Tables.PLAYBOOK_VERSION;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.people.OrganizationId;
import org.tandem.people.Role;
import org.tandem.shared.Versions;

/** Owns the SQL of playbooks and their versions. Prompts of a section are stored one per line. */
@Repository
class PlaybookRepository {

    private static final String PROMPT_SEPARATOR = "\n";

    private final DSLContext dsl;

    PlaybookRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Playbook playbook) {
        dsl.insertInto(PLAYBOOK)
                .set(PLAYBOOK.ID, playbook.id().value())
                .set(PLAYBOOK.ORGANIZATION_ID, playbook.organizationId().value())
                .set(PLAYBOOK.NAME, playbook.name())
                .set(PLAYBOOK.CURRENT_VERSION, playbook.number())
                .set(PLAYBOOK.CREATED_AT, playbook.createdAt())
                .set(PLAYBOOK.VERSION, 0L)
                .execute();
        insertVersion(playbook);
    }

    /** Adds the next version and points the playbook at it, unless someone else revised it first. */
    void addVersion(Playbook next) {
        int updated = dsl.update(PLAYBOOK)
                .set(PLAYBOOK.NAME, next.name())
                .set(PLAYBOOK.CURRENT_VERSION, next.number())
                .set(PLAYBOOK.VERSION, next.version() + 1)
                .where(PLAYBOOK.ORGANIZATION_ID.eq(next.organizationId().value()))
                .and(PLAYBOOK.ID.eq(next.id().value()))
                .and(PLAYBOOK.VERSION.eq(next.version()))
                .execute();
        Versions.requireWritten(updated, "Playbook " + next.name(),
                () -> dsl.select(PLAYBOOK.VERSION).from(PLAYBOOK).where(PLAYBOOK.ID.eq(next.id().value())).fetchOne(PLAYBOOK.VERSION));
        insertVersion(next);
    }

    private void insertVersion(Playbook playbook) {
        dsl.insertInto(PLAYBOOK_VERSION)
                .set(PLAYBOOK_VERSION.PLAYBOOK_ID, playbook.id().value())
                .set(PLAYBOOK_VERSION.NUMBER, playbook.number())
                .set(PLAYBOOK_VERSION.ORGANIZATION_ID, playbook.organizationId().value())
                .set(PLAYBOOK_VERSION.NAME, playbook.name())
                .set(PLAYBOOK_VERSION.EMPHASIS, playbook.emphasis().name())
                .set(PLAYBOOK_VERSION.AUDIENCE_ROLES, playbook.audience().roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .set(PLAYBOOK_VERSION.AUDIENCE_SENIORITIES, String.join(",", playbook.audience().seniorities()))
                .set(PLAYBOOK_VERSION.CREATED_AT, playbook.createdAt())
                .execute();
        var insert = dsl.insertInto(PLAYBOOK_SECTION, PLAYBOOK_SECTION.PLAYBOOK_ID, PLAYBOOK_SECTION.PLAYBOOK_NUMBER,
                PLAYBOOK_SECTION.POSITION, PLAYBOOK_SECTION.ORGANIZATION_ID, PLAYBOOK_SECTION.KIND, PLAYBOOK_SECTION.TITLE,
                PLAYBOOK_SECTION.MINUTES, PLAYBOOK_SECTION.PROMPTS, PLAYBOOK_SECTION.CORE, PLAYBOOK_SECTION.MIN_MINUTES,
                PLAYBOOK_SECTION.MAX_MINUTES);
        for (int i = 0; i < playbook.sections().size(); i++) {
            PlaybookSection s = playbook.sections().get(i);
            insert = insert.values(playbook.id().value(), playbook.number(), i, playbook.organizationId().value(), s.kind().name(),
                    s.title().trim(), s.minutes(), String.join(PROMPT_SEPARATOR, s.prompts().stream().map(p -> p.replace('\n', ' ').trim()).toList()),
                    s.core(), s.minMinutes(), s.maxMinutes());
        }
        insert.execute();
    }

    Optional<Playbook> current(OrganizationId organization, PlaybookId id) {
        return dsl.select(PLAYBOOK.CURRENT_VERSION).from(PLAYBOOK)
                .where(PLAYBOOK.ORGANIZATION_ID.eq(organization.value())).and(PLAYBOOK.ID.eq(id.value()))
                .fetchOptional(PLAYBOOK.CURRENT_VERSION)
                .flatMap(number -> version(organization, id, number));
    }

    Optional<Playbook> version(OrganizationId organization, PlaybookId id, int number) {
        var header = dsl.select(PLAYBOOK_VERSION.fields()).select(PLAYBOOK.VERSION)
                .from(PLAYBOOK_VERSION).join(PLAYBOOK).on(PLAYBOOK.ID.eq(PLAYBOOK_VERSION.PLAYBOOK_ID))
                .where(PLAYBOOK_VERSION.ORGANIZATION_ID.eq(organization.value()))
                .and(PLAYBOOK_VERSION.PLAYBOOK_ID.eq(id.value()))
                .and(PLAYBOOK_VERSION.NUMBER.eq(number))
                .fetchOptional();
        return header.map(h -> toPlaybook(h, sections(organization, Set.of(id.value())).getOrDefault(key(id.value(), number), List.of())));
    }

    Optional<String> versionName(OrganizationId organization, PlaybookId id, int number) {
        return dsl.select(PLAYBOOK_VERSION.NAME).from(PLAYBOOK_VERSION)
                .where(PLAYBOOK_VERSION.ORGANIZATION_ID.eq(organization.value()))
                .and(PLAYBOOK_VERSION.PLAYBOOK_ID.eq(id.value()))
                .and(PLAYBOOK_VERSION.NUMBER.eq(number))
                .fetchOptional(PLAYBOOK_VERSION.NAME);
    }

    record VersionRow(int number, String name, Instant createdAt) {
    }

    List<VersionRow> versions(OrganizationId organization, PlaybookId id) {
        return dsl.select(PLAYBOOK_VERSION.NUMBER, PLAYBOOK_VERSION.NAME, PLAYBOOK_VERSION.CREATED_AT).from(PLAYBOOK_VERSION)
                .where(PLAYBOOK_VERSION.ORGANIZATION_ID.eq(organization.value()))
                .and(PLAYBOOK_VERSION.PLAYBOOK_ID.eq(id.value()))
                .orderBy(PLAYBOOK_VERSION.NUMBER.desc())
                .fetch(r -> new VersionRow(r.value1(), r.value2(), r.value3()));
    }

    /**
     * How many check-ins still planned copied their agenda from each version. Read from check-ins' table as a read model
     * (like insight does), because program must not depend on the feature that depends on it.
     */
    Map<Integer, Integer> plannedCheckIns(OrganizationId organization, PlaybookId id) {
        return dsl.select(CHECK_IN.PLAYBOOK_NUMBER, DSL.count()).from(CHECK_IN)
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN.PLAYBOOK_ID.eq(id.value()))
                .and(CHECK_IN.STATUS.eq("SCHEDULED"))
                .groupBy(CHECK_IN.PLAYBOOK_NUMBER)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    List<Playbook> list(OrganizationId organization) {
        var headers = dsl.select(PLAYBOOK_VERSION.fields()).select(PLAYBOOK.VERSION)
                .from(PLAYBOOK).join(PLAYBOOK_VERSION).on(PLAYBOOK_VERSION.PLAYBOOK_ID.eq(PLAYBOOK.ID)
                        .and(PLAYBOOK_VERSION.NUMBER.eq(PLAYBOOK.CURRENT_VERSION)))
                .where(PLAYBOOK.ORGANIZATION_ID.eq(organization.value()))
                .orderBy(PLAYBOOK.NAME, PLAYBOOK.ID)
                .fetch();
        var sections = sections(organization, headers.stream().map(h -> h.get(PLAYBOOK_VERSION.PLAYBOOK_ID)).collect(Collectors.toSet()));
        return headers.stream()
                .map(h -> toPlaybook(h, sections.getOrDefault(key(h.get(PLAYBOOK_VERSION.PLAYBOOK_ID), h.get(PLAYBOOK_VERSION.NUMBER)), List.of())))
                .toList();
    }

    private Map<String, List<PlaybookSection>> sections(OrganizationId organization, Set<UUID> playbooks) {
        return dsl.selectFrom(PLAYBOOK_SECTION)
                .where(PLAYBOOK_SECTION.ORGANIZATION_ID.eq(organization.value()))
                .and(PLAYBOOK_SECTION.PLAYBOOK_ID.in(playbooks))
                .orderBy(PLAYBOOK_SECTION.PLAYBOOK_ID, PLAYBOOK_SECTION.PLAYBOOK_NUMBER, PLAYBOOK_SECTION.POSITION)
                .fetchGroups(r -> key(r.getPlaybookId(), r.getPlaybookNumber()),
                        r -> new PlaybookSection(SectionKind.valueOf(r.getKind()), r.getTitle(), r.getMinutes(),
                                r.getPrompts().isEmpty() ? List.of() : List.of(r.getPrompts().split(PROMPT_SEPARATOR)),
                                r.getCore(), r.getMinMinutes(), r.getMaxMinutes()));
    }

    private static String key(UUID playbook, int number) {
        return playbook + "#" + number;
    }

    private static Playbook toPlaybook(Record h, List<PlaybookSection> sections) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(h.get(PLAYBOOK_VERSION.AUDIENCE_ROLES).split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        Set<String> seniorities = Arrays.stream(h.get(PLAYBOOK_VERSION.AUDIENCE_SENIORITIES).split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toSet());
        return new Playbook(new PlaybookId(h.get(PLAYBOOK_VERSION.PLAYBOOK_ID)), new OrganizationId(h.get(PLAYBOOK_VERSION.ORGANIZATION_ID)),
                h.get(PLAYBOOK_VERSION.NUMBER), h.get(PLAYBOOK_VERSION.NAME), Emphasis.valueOf(h.get(PLAYBOOK_VERSION.EMPHASIS)),
                new Audience(roles, seniorities), sections, h.get(PLAYBOOK_VERSION.CREATED_AT), h.get(PLAYBOOK.VERSION));
    }
}
