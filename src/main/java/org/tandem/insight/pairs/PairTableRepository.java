package org.tandem.insight.pairs;

import static org.tandem.db.Tables.ACTION_ITEM;
import static org.tandem.db.Tables.INSIGHT_PAIR_ROLLUP;
import static org.tandem.db.Tables.MENTORSHIP;
import static org.tandem.db.Tables.PERSON;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.insight.Balance;
import org.tandem.people.OrganizationId;
import org.tandem.program.ProgramId;

/**
 * Reads the pair table: one statement over the program's rollups with the two people's names, and one that counts
 * the open action items overdue now, per pair (time alone makes an item overdue, so this is not in the rollup).
 */
@Repository
class PairTableRepository {

    private final DSLContext dsl;

    PairTableRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How fresh the program's rollups are: the stalest refresh, and how many pairs wait for one. */
    record Freshness(Instant asOf, int pending) {
    }

    List<PairFacts> facts(OrganizationId organization, ProgramId program, LocalDate overdueBefore) {
        Map<UUID, Integer> overdue = overdueActions(organization, program, overdueBefore);
        var r = INSIGHT_PAIR_ROLLUP;
        var mentor = PERSON.as("mentor");
        var mentee = PERSON.as("mentee");
        return dsl.select(r.MENTORSHIP_ID, r.MENTOR_ID, mentor.DISPLAY_NAME, r.MENTEE_ID, mentee.DISPLAY_NAME, MENTORSHIP.STATUS,
                        r.LAST_HELD_AT, r.NEXT_CHECK_IN_AT, r.CHECKINS_DUE, r.CHECKINS_IN_WINDOW, r.BALANCE_REVIEW, r.BALANCE_ADJUSTMENT,
                        r.BALANCE_CELEBRATION, r.MISSED_STREAK, r.STARVED, r.GOALS_OFF_TRACK, r.UNRATED_SINCE)
                .from(r)
                .join(MENTORSHIP).on(MENTORSHIP.ID.eq(r.MENTORSHIP_ID))
                .join(mentor).on(mentor.ID.eq(r.MENTOR_ID))
                .join(mentee).on(mentee.ID.eq(r.MENTEE_ID))
                .where(r.ORGANIZATION_ID.eq(organization.value())).and(r.PROGRAM_ID.eq(program.value()))
                .and(MENTORSHIP.ORGANIZATION_ID.eq(organization.value()))
                .and(mentor.ORGANIZATION_ID.eq(organization.value())).and(mentee.ORGANIZATION_ID.eq(organization.value()))
                .fetch(x -> new PairFacts(x.get(r.MENTORSHIP_ID),
                        new PairRow.Person(x.get(r.MENTOR_ID), x.get(mentor.DISPLAY_NAME)),
                        new PairRow.Person(x.get(r.MENTEE_ID), x.get(mentee.DISPLAY_NAME)),
                        "ACTIVE".equals(x.get(MENTORSHIP.STATUS)), x.get(r.LAST_HELD_AT), x.get(r.NEXT_CHECK_IN_AT),
                        x.get(r.CHECKINS_DUE) == 0 ? null : (double) x.get(r.CHECKINS_IN_WINDOW) / x.get(r.CHECKINS_DUE),
                        balance(x), x.get(r.MISSED_STREAK), x.get(r.STARVED), x.get(r.GOALS_OFF_TRACK),
                        overdue.getOrDefault(x.get(r.MENTORSHIP_ID), 0), x.get(r.UNRATED_SINCE)));
    }

    Freshness freshness(OrganizationId organization, ProgramId program) {
        var r = INSIGHT_PAIR_ROLLUP;
        var x = dsl.select(DSL.min(r.REFRESHED_AT), DSL.count().filterWhere(r.DIRTY.isTrue())).from(r)
                .where(r.ORGANIZATION_ID.eq(organization.value())).and(r.PROGRAM_ID.eq(program.value()))
                .fetchOne();
        return new Freshness(x == null ? null : x.value1(), x == null ? 0 : x.value2());
    }

    /** Open action items due before the given day, per pair of the program. */
    private Map<UUID, Integer> overdueActions(OrganizationId organization, ProgramId program, LocalDate before) {
        var r = INSIGHT_PAIR_ROLLUP;
        return dsl.select(ACTION_ITEM.MENTORSHIP_ID, DSL.count()).from(ACTION_ITEM)
                .join(r).on(r.MENTORSHIP_ID.eq(ACTION_ITEM.MENTORSHIP_ID))
                .where(ACTION_ITEM.ORGANIZATION_ID.eq(organization.value())).and(ACTION_ITEM.STATUS.eq("OPEN"))
                .and(ACTION_ITEM.DUE_ON.lt(before))
                .and(r.ORGANIZATION_ID.eq(organization.value())).and(r.PROGRAM_ID.eq(program.value()))
                .groupBy(ACTION_ITEM.MENTORSHIP_ID)
                .fetchMap(ACTION_ITEM.MENTORSHIP_ID, DSL.count());
    }

    private static Balance balance(Record x) {
        var r = INSIGHT_PAIR_ROLLUP;
        return x.get(r.BALANCE_REVIEW) == null ? new Balance(null, null, null)
                : new Balance(x.get(r.BALANCE_REVIEW), x.get(r.BALANCE_ADJUSTMENT), x.get(r.BALANCE_CELEBRATION));
    }

}
