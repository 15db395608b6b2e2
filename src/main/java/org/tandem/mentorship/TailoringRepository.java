package org.tandem.mentorship;

import static org.tandem.db.Tables.MENTORSHIP_TAILORING;
import static org.tandem.db.Tables.MENTORSHIP_TAILORING_SECTION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.program.PlaybookId;
import org.tandem.program.SectionKind;
import org.tandem.program.Tailoring;
import org.tandem.program.Tailoring.TailoredSection;
import org.tandem.shared.StaleVersionException;
import org.tandem.shared.Versions;

/** Owns the SQL of pairs' tailorings: one row per mentorship, its sections in order. Added prompts are stored one per line. */
@Repository
class TailoringRepository {

    private static final String PROMPT_SEPARATOR = "\n";

    private final DSLContext dsl;

    TailoringRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A saved tailoring, made on {@code playbookNumber} of {@code playbookId}. */
    record Stored(PlaybookId playbookId, int playbookNumber, Tailoring tailoring, PersonId by, Instant at, long version) {
    }

    Optional<Stored> find(OrganizationId organization, MentorshipId mentorship) {
        var header = dsl.selectFrom(MENTORSHIP_TAILORING)
                .where(MENTORSHIP_TAILORING.ORGANIZATION_ID.eq(organization.value()))
                .and(MENTORSHIP_TAILORING.MENTORSHIP_ID.eq(mentorship.value()))
                .fetchOptional();
        return header.map(h -> new Stored(new PlaybookId(h.getPlaybookId()), h.getPlaybookNumber(), new Tailoring(sections(organization, mentorship)),
                new PersonId(h.getTailoredBy()), h.getTailoredAt(), h.getVersion()));
    }

    private List<TailoredSection> sections(OrganizationId organization, MentorshipId mentorship) {
        return dsl.selectFrom(MENTORSHIP_TAILORING_SECTION)
                .where(MENTORSHIP_TAILORING_SECTION.ORGANIZATION_ID.eq(organization.value()))
                .and(MENTORSHIP_TAILORING_SECTION.MENTORSHIP_ID.eq(mentorship.value()))
                .orderBy(MENTORSHIP_TAILORING_SECTION.POSITION)
                .fetch(r -> new TailoredSection(SectionKind.valueOf(r.getKind()), r.getMinutes(),
                        r.getAddedPrompts().isEmpty() ? List.of() : List.of(r.getAddedPrompts().split(PROMPT_SEPARATOR))));
    }

    /**
     * Saves the pair's tailoring on top of {@code basedOn} (the version the pair read; 0 when there was none yet), unless
     * someone else saved one first. Answers the stored version.
     */
    long save(OrganizationId organization, MentorshipId mentorship, Stored next, long basedOn) {
        if (basedOn == 0) {
            try {
                dsl.insertInto(MENTORSHIP_TAILORING)
                        .set(MENTORSHIP_TAILORING.MENTORSHIP_ID, mentorship.value())
                        .set(MENTORSHIP_TAILORING.ORGANIZATION_ID, organization.value())
                        .set(MENTORSHIP_TAILORING.PLAYBOOK_ID, next.playbookId().value())
                        .set(MENTORSHIP_TAILORING.PLAYBOOK_NUMBER, next.playbookNumber())
                        .set(MENTORSHIP_TAILORING.TAILORED_BY, next.by().value())
                        .set(MENTORSHIP_TAILORING.TAILORED_AT, next.at())
                        .set(MENTORSHIP_TAILORING.VERSION, 1L)
                        .execute();
            } catch (DuplicateKeyException e) {
                throw new StaleVersionException("The pair's tailoring", currentVersion(mentorship));
            }
        } else {
            int updated = dsl.update(MENTORSHIP_TAILORING)
                    .set(MENTORSHIP_TAILORING.PLAYBOOK_ID, next.playbookId().value())
                    .set(MENTORSHIP_TAILORING.PLAYBOOK_NUMBER, next.playbookNumber())
                    .set(MENTORSHIP_TAILORING.TAILORED_BY, next.by().value())
                    .set(MENTORSHIP_TAILORING.TAILORED_AT, next.at())
                    .set(MENTORSHIP_TAILORING.VERSION, basedOn + 1)
                    .where(MENTORSHIP_TAILORING.ORGANIZATION_ID.eq(organization.value()))
                    .and(MENTORSHIP_TAILORING.MENTORSHIP_ID.eq(mentorship.value()))
                    .and(MENTORSHIP_TAILORING.VERSION.eq(basedOn))
                    .execute();
            Versions.requireWritten(updated, "The pair's tailoring", () -> currentVersion(mentorship));
            dsl.deleteFrom(MENTORSHIP_TAILORING_SECTION)
                    .where(MENTORSHIP_TAILORING_SECTION.ORGANIZATION_ID.eq(organization.value()))
                    .and(MENTORSHIP_TAILORING_SECTION.MENTORSHIP_ID.eq(mentorship.value()))
                    .execute();
        }
        var insert = dsl.insertInto(MENTORSHIP_TAILORING_SECTION, MENTORSHIP_TAILORING_SECTION.MENTORSHIP_ID,
                MENTORSHIP_TAILORING_SECTION.POSITION, MENTORSHIP_TAILORING_SECTION.ORGANIZATION_ID, MENTORSHIP_TAILORING_SECTION.KIND,
                MENTORSHIP_TAILORING_SECTION.MINUTES, MENTORSHIP_TAILORING_SECTION.ADDED_PROMPTS);
        List<TailoredSection> sections = next.tailoring().sections();
        for (int i = 0; i < sections.size(); i++) {
            TailoredSection s = sections.get(i);
            insert = insert.values(mentorship.value(), i, organization.value(), s.kind().name(), s.minutes(),
                    String.join(PROMPT_SEPARATOR, s.addedPrompts()));
        }
        insert.execute();
        return basedOn + 1;
    }

    private long currentVersion(MentorshipId mentorship) {
        return Optional.ofNullable(dsl.select(MENTORSHIP_TAILORING.VERSION).from(MENTORSHIP_TAILORING)
                .where(MENTORSHIP_TAILORING.MENTORSHIP_ID.eq(mentorship.value())).fetchOne(MENTORSHIP_TAILORING.VERSION)).orElse(0L);
    }
}
