package org.tandem.checkin.actionplan;

import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.RISK;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.support.Sql;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Versions;

/** Owns the SQL of risks; like action items, the pair comes from the check-in that raised the risk. */
@Repository
public class RiskRepository {

    private final DSLContext dsl;

    RiskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(OrganizationId organization, Risk risk, PersonId by) {
        dsl.insertInto(RISK)
                .set(RISK.ID, risk.id())
                .set(RISK.ORGANIZATION_ID, organization.value())
                .set(RISK.MENTORSHIP_ID, risk.mentorshipId().value())
                .set(RISK.RAISED_IN, risk.raisedIn().value())
                .set(RISK.DESCRIPTION, risk.description())
                .set(RISK.LIKELIHOOD, risk.likelihood())
                .set(RISK.IMPACT, risk.impact())
                .set(RISK.SUPPORT, risk.support())
                .set(RISK.OWNER_ID, risk.owner().value())
                .set(RISK.STATUS, risk.status().name())
                .set(RISK.RAISED_BY, by.value())
                .set(RISK.RAISED_AT, risk.raisedAt())
                .set(RISK.UPDATED_BY, by.value())
                .set(RISK.UPDATED_AT, risk.raisedAt())
                .set(RISK.VERSION, 0L)
                .execute();
    }

    public Risk update(OrganizationId organization, Risk risk, PersonId by, Instant now) {
        Closure closure = risk.closure();
        int updated = dsl.update(RISK)
                .set(RISK.STATUS, risk.status().name())
                .set(RISK.LIKELIHOOD, risk.likelihood())
                .set(RISK.IMPACT, risk.impact())
                .set(RISK.CLOSED_BY, closure == null ? null : Sql.id(closure.by()))
                .set(RISK.CLOSED_AT, closure == null ? null : closure.at())
                .set(RISK.CLOSED_IN, closure == null || closure.in() == null ? null : closure.in().value())
                .set(RISK.CLOSE_REASON, closure == null ? null : closure.reason())
                .set(RISK.UPDATED_BY, by.value())
                .set(RISK.UPDATED_AT, now)
                .set(RISK.VERSION, risk.version() + 1)
                .where(RISK.ORGANIZATION_ID.eq(organization.value()))
                .and(RISK.ID.eq(risk.id()))
                .and(RISK.VERSION.eq(risk.version()))
                .execute();
        Versions.requireWritten(updated, "This risk", () -> find(organization, risk.id()).map(Risk::version).orElse(-1L));
        return find(organization, risk.id()).orElseThrow();
    }

    public Optional<Risk> find(OrganizationId organization, UUID id) {
        return load(organization, RISK.ID.eq(id)).stream().findFirst();
    }

    public Optional<PersonId> lastChangedBy(OrganizationId organization, UUID id) {
        return dsl.select(RISK.UPDATED_BY).from(RISK)
                .where(RISK.ORGANIZATION_ID.eq(organization.value())).and(RISK.ID.eq(id))
                .fetchOptional(r -> new PersonId(r.value1()));
    }

    public List<Risk> raisedIn(OrganizationId organization, CheckInId checkIn) {
        return load(organization, RISK.RAISED_IN.eq(checkIn.value()));
    }

    /** Every open risk of the mentorship, and those closed after {@code since}. */
    public List<Risk> openOrClosedSince(OrganizationId organization, MentorshipId mentorship, Instant since) {
        return load(organization, RISK.MENTORSHIP_ID.eq(mentorship.value())
                .and(RISK.STATUS.eq(Risk.Status.OPEN.name()).or(RISK.CLOSED_AT.gt(since))));
    }

    List<Risk> ownedBy(OrganizationId organization, PersonId owner) {
        return load(organization, RISK.OWNER_ID.eq(owner.value()));
    }

    private List<Risk> load(OrganizationId organization, Condition condition) {
        return dsl.select(RISK.asterisk(), CHECK_IN.MENTOR_ID, CHECK_IN.MENTEE_ID)
                .from(RISK)
                .join(CHECK_IN).on(CHECK_IN.ID.eq(RISK.RAISED_IN)).and(CHECK_IN.ORGANIZATION_ID.eq(RISK.ORGANIZATION_ID))
                .where(RISK.ORGANIZATION_ID.eq(organization.value()))
                .and(condition)
                .orderBy(RISK.RAISED_AT, RISK.ID)
                .fetch(RiskRepository::toRisk);
    }

    private static Risk toRisk(Record r) {
        var closure = r.get(RISK.CLOSED_AT) == null ? null : new Closure(Sql.person(r.get(RISK.CLOSED_BY)),
                r.get(RISK.CLOSED_AT), Sql.checkIn(r.get(RISK.CLOSED_IN)), r.get(RISK.CLOSE_REASON));
        return new Risk(r.get(RISK.ID), new MentorshipId(r.get(RISK.MENTORSHIP_ID)),
                new Pair(Sql.person(r.get(CHECK_IN.MENTOR_ID)), Sql.person(r.get(CHECK_IN.MENTEE_ID))),
                new CheckInId(r.get(RISK.RAISED_IN)), r.get(RISK.DESCRIPTION), r.get(RISK.LIKELIHOOD), r.get(RISK.IMPACT),
                r.get(RISK.SUPPORT), Sql.person(r.get(RISK.OWNER_ID)), Risk.Status.valueOf(r.get(RISK.STATUS)),
                r.get(RISK.RAISED_AT), closure, r.get(RISK.VERSION));
    }
}
