package org.tandem.insight;

import static org.tandem.db.Tables.SKILL_RECHECK;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidStateException;

@Repository
class SkillRecheckRepository {

    private final DSLContext dsl;

    SkillRecheckRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Counts(int pending, int answered, int shownAgain) {
    }

    /** Schedules the re-check of a goal once; a second achievement event of the same goal changes nothing. */
    void insertOnce(OrganizationId organization, SkillRecheck recheck, java.time.Instant now) {
        dsl.insertInto(SKILL_RECHECK)
                .set(SKILL_RECHECK.ID, recheck.id())
                .set(SKILL_RECHECK.ORGANIZATION_ID, organization.value())
                .set(SKILL_RECHECK.MENTORSHIP_ID, recheck.mentorshipId().value())
                .set(SKILL_RECHECK.GOAL_ID, recheck.goalId())
                .set(SKILL_RECHECK.GOAL_TITLE, recheck.goalTitle())
                .set(SKILL_RECHECK.ACHIEVED_ON, recheck.achievedOn())
                .set(SKILL_RECHECK.DUE_ON, recheck.dueOn())
                .set(SKILL_RECHECK.CREATED_AT, now)
                .onConflict(SKILL_RECHECK.GOAL_ID).doNothing()
                .execute();
    }

    Optional<SkillRecheck> find(OrganizationId organization, UUID id) {
        return dsl.selectFrom(SKILL_RECHECK).where(SKILL_RECHECK.ORGANIZATION_ID.eq(organization.value())).and(SKILL_RECHECK.ID.eq(id))
                .fetchOptional(SkillRecheckRepository::map);
    }

    List<SkillRecheck> ofMentorship(OrganizationId organization, MentorshipId mentorship) {
        return dsl.selectFrom(SKILL_RECHECK).where(SKILL_RECHECK.ORGANIZATION_ID.eq(organization.value()))
                .and(SKILL_RECHECK.MENTORSHIP_ID.eq(mentorship.value())).orderBy(SKILL_RECHECK.DUE_ON, SKILL_RECHECK.ID)
                .fetch(SkillRecheckRepository::map);
    }

    Counts counts(OrganizationId organization, MentorshipId mentorship) {
        var r = dsl.select(
                        DSL.count().filterWhere(SKILL_RECHECK.ANSWERED_AT.isNull()),
                        DSL.count().filterWhere(SKILL_RECHECK.ANSWERED_AT.isNotNull()),
                        DSL.count().filterWhere(SKILL_RECHECK.SHOWN_AGAIN.isTrue()))
                .from(SKILL_RECHECK).where(SKILL_RECHECK.ORGANIZATION_ID.eq(organization.value()))
                .and(SKILL_RECHECK.MENTORSHIP_ID.eq(mentorship.value())).fetchOne();
        return new Counts(r.value1(), r.value2(), r.value3());
    }

    /** Stores the answer if nobody answered first; two people answering at once: the second is told. */
    void answer(OrganizationId organization, SkillRecheck answered) {
        int rows = dsl.update(SKILL_RECHECK)
                .set(SKILL_RECHECK.SHOWN_AGAIN, answered.shownAgain())
                .set(SKILL_RECHECK.EVIDENCE, answered.evidence())
                .set(SKILL_RECHECK.ANSWERED_BY, answered.answeredBy().value())
                .set(SKILL_RECHECK.ANSWERED_AT, answered.answeredAt())
                .where(SKILL_RECHECK.ORGANIZATION_ID.eq(organization.value())).and(SKILL_RECHECK.ID.eq(answered.id()))
                .and(SKILL_RECHECK.ANSWERED_AT.isNull())
                .execute();
        if (rows == 0) {
            throw new InvalidStateException("This re-check was already answered");
        }
    }

    private static SkillRecheck map(Record r) {
        var row = r.into(SKILL_RECHECK);
        return new SkillRecheck(row.getId(), new MentorshipId(row.getMentorshipId()), row.getGoalId(), row.getGoalTitle(),
                row.getAchievedOn(), row.getDueOn(), row.getShownAgain(), row.getEvidence(),
                row.getAnsweredBy() == null ? null : new PersonId(row.getAnsweredBy()),
                row.getAnsweredAt() == null ? null : row.getAnsweredAt());
    }

}
