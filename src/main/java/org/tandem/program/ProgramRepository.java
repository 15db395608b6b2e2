package org.tandem.program;

import static org.tandem.db.Tables.PROGRAM;
import static org.tandem.db.Tables.PROGRAM_LEAD;
import static org.tandem.db.Tables.PROGRAM_PLAYBOOK_VARIANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.ProgramRecord;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Versions;

@Repository
class ProgramRepository {

    private final DSLContext dsl;

    ProgramRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Program program) {
        dsl.insertInto(PROGRAM)
                .set(PROGRAM.ID, program.id().value())
                .set(PROGRAM.ORGANIZATION_ID, program.organizationId().value())
                .set(PROGRAM.NAME, program.name())
                .set(PROGRAM.PLAYBOOK_ID, program.playbookId().value())
                .set(PROGRAM.INTERVAL_DAYS, program.defaultCadence().intervalDays())
                .set(PROGRAM.DURATION_MINUTES, program.defaultCadence().durationMinutes())
                .set(PROGRAM.SURVEY_THRESHOLD, program.surveyThreshold())
                .set(PROGRAM.CREATED_AT, program.createdAt())
                .set(PROGRAM.VERSION, 0L)
                .execute();
        for (PersonId lead : program.leads()) {
            dsl.insertInto(PROGRAM_LEAD)
                    .set(PROGRAM_LEAD.PROGRAM_ID, program.id().value())
                    .set(PROGRAM_LEAD.PERSON_ID, lead.value())
                    .set(PROGRAM_LEAD.ORGANIZATION_ID, program.organizationId().value())
                    .execute();
        }
        insertVariants(program);
    }

    /** Points the program at other playbooks, unless someone changed the program first. */
    void updatePlaybooks(Program program) {
        int updated = dsl.update(PROGRAM)
                .set(PROGRAM.PLAYBOOK_ID, program.playbookId().value())
                .set(PROGRAM.VERSION, program.version() + 1)
                .where(PROGRAM.ORGANIZATION_ID.eq(program.organizationId().value()))
                .and(PROGRAM.ID.eq(program.id().value()))
                .and(PROGRAM.VERSION.eq(program.version()))
                .execute();
        Versions.requireWritten(updated, "Program " + program.name(),
                () -> dsl.select(PROGRAM.VERSION).from(PROGRAM).where(PROGRAM.ID.eq(program.id().value())).fetchOne(PROGRAM.VERSION));
        dsl.deleteFrom(PROGRAM_PLAYBOOK_VARIANT)
                .where(PROGRAM_PLAYBOOK_VARIANT.ORGANIZATION_ID.eq(program.organizationId().value()))
                .and(PROGRAM_PLAYBOOK_VARIANT.PROGRAM_ID.eq(program.id().value()))
                .execute();
        insertVariants(program);
    }

    private void insertVariants(Program program) {
        for (int i = 0; i < program.variants().size(); i++) {
            dsl.insertInto(PROGRAM_PLAYBOOK_VARIANT)
                    .set(PROGRAM_PLAYBOOK_VARIANT.PROGRAM_ID, program.id().value())
                    .set(PROGRAM_PLAYBOOK_VARIANT.POSITION, i)
                    .set(PROGRAM_PLAYBOOK_VARIANT.ORGANIZATION_ID, program.organizationId().value())
                    .set(PROGRAM_PLAYBOOK_VARIANT.PLAYBOOK_ID, program.variants().get(i).value())
                    .execute();
        }
    }

    Optional<Program> find(OrganizationId organization, ProgramId id) {
        return list(organization, PROGRAM.ID.eq(id.value())).stream().findFirst();
    }

    List<Program> all(OrganizationId organization) {
        return list(organization, org.jooq.impl.DSL.noCondition());
    }

    List<Program> ledBy(OrganizationId organization, PersonId lead) {
        return list(organization, PROGRAM.ID.in(dsl.select(PROGRAM_LEAD.PROGRAM_ID).from(PROGRAM_LEAD)
                .where(PROGRAM_LEAD.ORGANIZATION_ID.eq(organization.value()))
                .and(PROGRAM_LEAD.PERSON_ID.eq(lead.value()))));
    }

    private List<Program> list(OrganizationId organization, Condition condition) {
        List<ProgramRecord> rows = dsl.selectFrom(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(organization.value())).and(condition)
                .orderBy(PROGRAM.NAME, PROGRAM.ID)
                .fetch();
        Map<UUID, Set<PersonId>> leads = rows.isEmpty() ? Map.of() : dsl.selectFrom(PROGRAM_LEAD)
                .where(PROGRAM_LEAD.ORGANIZATION_ID.eq(organization.value()))
                .and(PROGRAM_LEAD.PROGRAM_ID.in(rows.stream().map(ProgramRecord::getId).toList()))
                .collect(Collectors.groupingBy(r -> r.getProgramId(), Collectors.mapping(r -> new PersonId(r.getPersonId()), Collectors.toSet())));
        Map<UUID, List<PlaybookId>> variants = new HashMap<>();
        if (!rows.isEmpty()) {
            dsl.selectFrom(PROGRAM_PLAYBOOK_VARIANT)
                    .where(PROGRAM_PLAYBOOK_VARIANT.ORGANIZATION_ID.eq(organization.value()))
                    .and(PROGRAM_PLAYBOOK_VARIANT.PROGRAM_ID.in(rows.stream().map(ProgramRecord::getId).toList()))
                    .orderBy(PROGRAM_PLAYBOOK_VARIANT.PROGRAM_ID, PROGRAM_PLAYBOOK_VARIANT.POSITION)
                    .forEach(v -> variants.computeIfAbsent(v.getProgramId(), k -> new ArrayList<>()).add(new PlaybookId(v.getPlaybookId())));
        }
        return rows.stream().map(r -> new Program(new ProgramId(r.getId()), organization, r.getName(), new PlaybookId(r.getPlaybookId()),
                variants.getOrDefault(r.getId(), List.of()),
                new Cadence(r.getIntervalDays(), r.getDurationMinutes()), leads.getOrDefault(r.getId(), Set.of()),
                r.getSurveyThreshold(), r.getCreatedAt(), r.getVersion())).toList();
    }
}
