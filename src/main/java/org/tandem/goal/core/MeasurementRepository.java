package org.tandem.goal.core;

import static org.tandem.db.Tables.GOAL_MEASUREMENT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.GoalMeasurementRecord;
import org.tandem.goal.GoalId;
import org.tandem.goal.MeasurementId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.PageRequest;

/** Owns the SQL about measurements: insert-only rows, read in the order they were observed, scoped by the organization. */
@Repository
public class MeasurementRepository {

    private final DSLContext dsl;

    MeasurementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(OrganizationId organization, Measurement m) {
        dsl.insertInto(GOAL_MEASUREMENT)
                .set(GOAL_MEASUREMENT.ID, m.id().value())
                .set(GOAL_MEASUREMENT.ORGANIZATION_ID, organization.value())
                .set(GOAL_MEASUREMENT.GOAL_ID, m.goalId().value())
                .set(GOAL_MEASUREMENT.MEASURED_VALUE, m.value())
                .set(GOAL_MEASUREMENT.OBSERVED_ON, m.observedOn())
                .set(GOAL_MEASUREMENT.NOTE, m.note())
                .set(GOAL_MEASUREMENT.RECORDED_BY, m.recordedBy().value())
                .set(GOAL_MEASUREMENT.RECORDED_AT, m.recordedAt())
                .execute();
    }

    /** All measurements of a goal, oldest observation first. */
    public List<Measurement> measurements(OrganizationId organization, GoalId goal) {
        return measurements(organization, List.of(goal)).getOrDefault(goal, List.of());
    }

    public Map<GoalId, List<Measurement>> measurements(OrganizationId organization, Collection<GoalId> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(GOAL_MEASUREMENT)
                .where(GOAL_MEASUREMENT.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_MEASUREMENT.GOAL_ID.in(goals.stream().map(GoalId::value).toList()))
                .orderBy(GOAL_MEASUREMENT.OBSERVED_ON, GOAL_MEASUREMENT.RECORDED_AT, GOAL_MEASUREMENT.ID)
                .stream()
                .map(MeasurementRepository::toMeasurement)
                .collect(Collectors.groupingBy(Measurement::goalId, Collectors.toList()));
    }

    /**
     * What each goal's indicator did since an instant, read in the database so that at most two rows per goal leave
     * it: for every goal with a measurement recorded after {@code since}, the value last observed among those
     * recorded by then (null if none), the value last observed now, and how many were recorded since. "Last
     * observed" is the order {@link #measurements} reads in.
     */
    public Map<GoalId, Since> changesSince(OrganizationId organization, Collection<GoalId> goals, Instant since) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        var m = GOAL_MEASUREMENT;
        Condition fresh = m.RECORDED_AT.gt(since);
        SortField<?>[] newestFirst = {m.OBSERVED_ON.desc(), m.RECORDED_AT.desc(), m.ID.desc()};
        Field<Boolean> isFresh = DSL.field(fresh).as("fresh");
        Field<Integer> newest = DSL.rowNumber().over(DSL.partitionBy(m.GOAL_ID).orderBy(newestFirst)).as("newest");
        Field<Integer> newestKnown = DSL.rowNumber().over(DSL.partitionBy(m.GOAL_ID, DSL.field(fresh)).orderBy(newestFirst)).as("newest_known");
        Field<Integer> recordedSince = DSL.count().filterWhere(fresh).over(DSL.partitionBy(m.GOAL_ID)).as("recorded_since");
        var ranked = dsl.select(m.GOAL_ID, m.MEASURED_VALUE, m.OBSERVED_ON, isFresh, newest, newestKnown, recordedSince)
                .from(m)
                .where(m.ORGANIZATION_ID.eq(organization.value()))
                .and(m.GOAL_ID.in(goals.stream().map(GoalId::value).toList()))
                .asTable("ranked");
        var goalId = ranked.field(m.GOAL_ID);
        var value = ranked.field(m.MEASURED_VALUE);
        var observedOn = ranked.field(m.OBSERVED_ON);
        var freshRow = ranked.field(isFresh);
        var newestRow = ranked.field(newest);
        var newestKnownRow = ranked.field(newestKnown);
        var count = ranked.field(recordedSince);
        Condition knownThen = freshRow.isFalse().and(newestKnownRow.eq(1));
        Map<GoalId, Since> changes = new HashMap<>();
        dsl.select(goalId, value, observedOn, freshRow, newestRow, newestKnownRow, count)
                .from(ranked)
                .where(count.gt(0))
                .and(newestRow.eq(1).or(knownThen))
                .forEach(r -> {
                    GoalId goal = new GoalId(r.get(goalId));
                    Since change = changes.getOrDefault(goal, new Since(null, null, null, r.get(count)));
                    BigDecimal measured = Columns.plain(r.get(value));
                    if (r.get(newestRow) == 1) {
                        change = change.withAfter(measured, r.get(observedOn));
                    }
                    if (!r.get(freshRow) && r.get(newestKnownRow) == 1) {
                        change = change.withBefore(measured);
                    }
                    changes.put(goal, change);
                });
        return changes;
    }

    /**
     * A goal's indicator since an instant: the value known then (null if nothing had been measured), the latest
     * now, when that was observed, and how many measurements were recorded since.
     */
    public record Since(BigDecimal before, BigDecimal after, LocalDate afterObservedOn, int recordedSince) {

        Since withBefore(BigDecimal value) {
            return new Since(value, after, afterObservedOn, recordedSince);
        }

        Since withAfter(BigDecimal value, LocalDate observedOn) {
            return new Since(before, value, observedOn, recordedSince);
        }
    }

    /** One page of a goal's measurements in the order they were observed; the cursor is the last id seen. */
    public List<Measurement> measurements(OrganizationId organization, GoalId goal, PageRequest page) {
        Condition condition = GOAL_MEASUREMENT.ORGANIZATION_ID.eq(organization.value()).and(GOAL_MEASUREMENT.GOAL_ID.eq(goal.value()));
        if (page.after().isPresent()) {
            var m = GOAL_MEASUREMENT.as("after_m");
            condition = condition.and(DSL.row(GOAL_MEASUREMENT.OBSERVED_ON, GOAL_MEASUREMENT.RECORDED_AT, GOAL_MEASUREMENT.ID)
                    .gt(DSL.select(m.OBSERVED_ON, m.RECORDED_AT, m.ID).from(m)
                            .where(m.ORGANIZATION_ID.eq(organization.value())).and(m.ID.eq(page.after().get()))));
        }
        return dsl.selectFrom(GOAL_MEASUREMENT).where(condition)
                .orderBy(GOAL_MEASUREMENT.OBSERVED_ON, GOAL_MEASUREMENT.RECORDED_AT, GOAL_MEASUREMENT.ID)
                .limit(page.fetchSize())
                .fetch(MeasurementRepository::toMeasurement);
    }

    public Optional<Measurement> measurement(OrganizationId organization, GoalId goal, MeasurementId id) {
        return dsl.selectFrom(GOAL_MEASUREMENT)
                .where(GOAL_MEASUREMENT.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_MEASUREMENT.GOAL_ID.eq(goal.value()))
                .and(GOAL_MEASUREMENT.ID.eq(id.value()))
                .fetchOptional(MeasurementRepository::toMeasurement);
    }

    private static Measurement toMeasurement(GoalMeasurementRecord r) {
        return new Measurement(new MeasurementId(r.getId()), new GoalId(r.getGoalId()), Columns.plain(r.getMeasuredValue()), r.getObservedOn(),
                r.getNote(), new PersonId(r.getRecordedBy()), r.getRecordedAt());
    }
}
