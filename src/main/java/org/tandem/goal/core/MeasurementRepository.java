package org.tandem.goal.core;

import static org.tandem.db.Tables.GOAL_MEASUREMENT;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
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
