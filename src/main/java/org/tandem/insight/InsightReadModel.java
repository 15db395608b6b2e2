package org.tandem.insight;

import static org.tandem.db.Tables.ACTION_ITEM;
import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.CHECK_IN_SECTION;
import static org.tandem.db.Tables.CHECK_IN_WIN;
import static org.tandem.db.Tables.FEEDBACK_ENTRY;
import static org.tandem.db.Tables.GOAL;
import static org.tandem.db.Tables.GOAL_REVISION;
import static org.tandem.db.Tables.OBSERVATION;
import static org.tandem.db.Tables.RISK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.program.SectionKind;

/**
 * Insight's read model: queries over the tables of check-ins and goals, shaped for the figures and nothing more.
 * Never selects a text column of a note, feedback entry, observation or rating comment — only counts and numbers.
 */
@Repository
class InsightReadModel {

    private final DSLContext dsl;

    InsightReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    record CheckInFact(UUID id, Instant scheduledAt, String status, Instant startedAt, Instant completedAt, Integer clarity,
                       Integer usefulness, Integer support, Integer autonomy) {
    }

    record GoalFact(UUID id, String kind, String status, LocalDate dueOn) {
    }

    record RiskCell(int likelihood, int impact, int count) {
    }

    /** Every check-in of the pair, oldest first. */
    List<CheckInFact> checkIns(OrganizationId organization, MentorshipId mentorship) {
        return dsl.select(CHECK_IN.ID, CHECK_IN.SCHEDULED_AT, CHECK_IN.STATUS, CHECK_IN.STARTED_AT, CHECK_IN.COMPLETED_AT,
                        CHECK_IN.RATING_CLARITY, CHECK_IN.RATING_USEFULNESS, CHECK_IN.RATING_SUPPORT, CHECK_IN.AUTONOMY_RATING)
                .from(CHECK_IN)
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN.MENTORSHIP_ID.eq(mentorship.value()))
                .orderBy(CHECK_IN.SCHEDULED_AT, CHECK_IN.ID)
                .fetch(r -> new CheckInFact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** Seconds used and items recorded per balance kind, for each of the given check-ins. */
    Map<UUID, Balance.Weights> weights(OrganizationId organization, Collection<UUID> checkIns) {
        Map<UUID, long[]> acc = new HashMap<>();
        if (checkIns.isEmpty()) {
            return Map.of();
        }
        UUID org = organization.value();
        dsl.select(CHECK_IN_SECTION.CHECK_IN_ID, CHECK_IN_SECTION.KIND, CHECK_IN_SECTION.USED_SECONDS)
                .from(CHECK_IN_SECTION)
                .where(CHECK_IN_SECTION.ORGANIZATION_ID.eq(org)).and(CHECK_IN_SECTION.CHECK_IN_ID.in(checkIns))
                .forEach(r -> {
                    int slot = slot(SectionKind.valueOf(r.value2()).balance());
                    if (slot >= 0) {
                        acc.computeIfAbsent(r.value1(), k -> new long[6])[slot] += r.value3();
                    }
                });
        var items = dsl.select(OBSERVATION.CHECK_IN_ID.as("cid"), DSL.inline(3).as("slot"))
                .from(OBSERVATION).where(OBSERVATION.ORGANIZATION_ID.eq(org)).and(OBSERVATION.CHECK_IN_ID.in(checkIns))
                .unionAll(dsl.select(FEEDBACK_ENTRY.CHECK_IN_ID, DSL.inline(3))
                        .from(FEEDBACK_ENTRY).where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(org)).and(FEEDBACK_ENTRY.CHECK_IN_ID.in(checkIns)))
                .unionAll(dsl.select(RISK.RAISED_IN, DSL.inline(4))
                        .from(RISK).where(RISK.ORGANIZATION_ID.eq(org)).and(RISK.RAISED_IN.in(checkIns)))
                .unionAll(dsl.select(ACTION_ITEM.CREATED_IN, DSL.inline(4))
                        .from(ACTION_ITEM).where(ACTION_ITEM.ORGANIZATION_ID.eq(org)).and(ACTION_ITEM.CREATED_IN.in(checkIns)))
                .unionAll(dsl.select(CHECK_IN_WIN.CHECK_IN_ID, DSL.inline(5))
                        .from(CHECK_IN_WIN).where(CHECK_IN_WIN.ORGANIZATION_ID.eq(org)).and(CHECK_IN_WIN.CHECK_IN_ID.in(checkIns)))
                .asTable("items");
        Field<Integer> slotField = DSL.field(DSL.name("items", "slot"), Integer.class);
        Field<UUID> idField = DSL.field(DSL.name("items", "cid"), UUID.class);
        dsl.select(idField, slotField, DSL.count()).from(items).groupBy(idField, slotField)
                .forEach(r -> acc.computeIfAbsent(r.value1(), k -> new long[6])[r.value2()] += r.value3());
        Map<UUID, Balance.Weights> result = new HashMap<>();
        acc.forEach((k, v) -> result.put(k, new Balance.Weights(v[0], v[1], v[2], (int) v[3], (int) v[4], (int) v[5])));
        return result;
    }

    /** Seconds used in the ADJUST section itself, per check-in: "was the goal adjustment discussed at all". */
    Map<UUID, Long> adjustSeconds(OrganizationId organization, Collection<UUID> checkIns) {
        if (checkIns.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Long> result = new HashMap<>();
        dsl.select(CHECK_IN_SECTION.CHECK_IN_ID, CHECK_IN_SECTION.USED_SECONDS).from(CHECK_IN_SECTION)
                .where(CHECK_IN_SECTION.ORGANIZATION_ID.eq(organization.value())).and(CHECK_IN_SECTION.CHECK_IN_ID.in(checkIns))
                .and(CHECK_IN_SECTION.KIND.eq(SectionKind.ADJUST.name()))
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    List<GoalFact> goals(OrganizationId organization, MentorshipId mentorship) {
        return dsl.select(GOAL.ID, GOAL.KIND, GOAL.STATUS, GOAL.DUE_ON).from(GOAL)
                .where(GOAL.ORGANIZATION_ID.eq(organization.value())).and(GOAL.MENTORSHIP_ID.eq(mentorship.value()))
                .fetch(r -> new GoalFact(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    int revisionsProposedSince(OrganizationId organization, MentorshipId mentorship, Instant since) {
        return dsl.fetchCount(dsl.select(GOAL_REVISION.ID).from(GOAL_REVISION).join(GOAL).on(GOAL.ID.eq(GOAL_REVISION.GOAL_ID))
                .where(GOAL.ORGANIZATION_ID.eq(organization.value())).and(GOAL.MENTORSHIP_ID.eq(mentorship.value()))
                .and(GOAL_REVISION.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_REVISION.PROPOSED_AT.gt(since)));
    }

    /** Open risks of the pair counted per likelihood x impact. */
    List<RiskCell> openRisks(OrganizationId organization, MentorshipId mentorship) {
        return dsl.select(RISK.LIKELIHOOD, RISK.IMPACT, DSL.count()).from(RISK)
                .where(RISK.ORGANIZATION_ID.eq(organization.value())).and(RISK.MENTORSHIP_ID.eq(mentorship.value()))
                .and(RISK.STATUS.eq("OPEN"))
                .groupBy(RISK.LIKELIHOOD, RISK.IMPACT)
                .fetch(r -> new RiskCell(r.value1(), r.value2(), r.value3()));
    }

    record GoalRef(OrganizationId organization, UUID mentorship, String kind, String title) {
    }

    /** A goal looked up by its id alone, for an event that does not name the organization. */
    java.util.Optional<GoalRef> goal(UUID goalId) {
        return dsl.select(GOAL.ORGANIZATION_ID, GOAL.MENTORSHIP_ID, GOAL.KIND, GOAL.TITLE).from(GOAL).where(GOAL.ID.eq(goalId))
                .fetchOptional(r -> new GoalRef(new OrganizationId(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    private static int slot(SectionKind.Balance balance) {
        return switch (balance) {
            case REVIEW -> 0;
            case ADJUSTMENT -> 1;
            case CELEBRATION -> 2;
            case NONE -> -1;
        };
    }

}
