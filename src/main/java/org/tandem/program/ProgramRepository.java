package org.tandem.program;

import static org.tandem.db.Tables.PROGRAM;
import static org.tandem.db.Tables.PROGRAM_LEAD;

import java.time.ZoneOffset;
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
                .set(PROGRAM.CREATED_AT, program.createdAt().atOffset(ZoneOffset.UTC))
                .set(PROGRAM.VERSION, 0L)
                .execute();
        for (PersonId lead : program.leads()) {
            dsl.insertInto(PROGRAM_LEAD)
                    .set(PROGRAM_LEAD.PROGRAM_ID, program.id().value())
                    .set(PROGRAM_LEAD.PERSON_ID, lead.value())
                    .set(PROGRAM_LEAD.ORGANIZATION_ID, program.organizationId().value())
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
        return rows.stream().map(r -> new Program(new ProgramId(r.getId()), organization, r.getName(), new PlaybookId(r.getPlaybookId()),
                new Cadence(r.getIntervalDays(), r.getDurationMinutes()), leads.getOrDefault(r.getId(), Set.of()),
                r.getSurveyThreshold(), r.getCreatedAt().toInstant(), r.getVersion())).toList();
    }
}
