package org.tandem.goal.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goal.GoalId;
import org.tandem.goal.MeasurementId;
import org.tandem.goal.MeasurementRecorded;
import org.tandem.people.Actor;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;

/** The evidence of a goal: recording where its indicator stands, and reading the measurements back. */
@Service
public class GoalMeasuring {

    private final MeasurementRepository measurements;
    private final GoalAccess access;
    private final GoalTransitions transitions;

    GoalMeasuring(MeasurementRepository measurements, GoalAccess access, GoalTransitions transitions) {
        this.measurements = measurements;
        this.access = access;
        this.transitions = transitions;
    }

    /** At {@code now}; "today" for the observation date is {@code now} in the actor's zone. */
    @Transactional
    public Measurement record(Actor actor, GoalId id, BigDecimal value, LocalDate observedOn, String note, Instant now) {
        Goal goal = access.goal(actor, id).goal();
        GoalTransitions.requireStorable(value, null);
        Measurement measurement = goal.recordMeasurement(value, observedOn, note, actor.personId(), now,
                LocalDate.ofInstant(now, actor.timeZone()));
        measurements.insert(actor.organizationId(), measurement);
        transitions.publish(new MeasurementRecorded(actor.organizationId(), goal.id(), goal.mentorshipId(), measurement.id(),
                measurement.value(), measurement.observedOn(), actor.personId(), now));
        return measurement;
    }

    public Page<Measurement> page(Actor actor, GoalId id, PageRequest page) {
        access.goal(actor, id);
        return page.page(measurements.measurements(actor.organizationId(), id, page), m -> m.id().value());
    }

    public Measurement one(Actor actor, GoalId id, MeasurementId measurementId) {
        access.goal(actor, id);
        return measurements.measurement(actor.organizationId(), id, measurementId)
                .orElseThrow(() -> new NotFoundException("Measurement", measurementId));
    }
}
