package org.tandem.goal.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.goal.GoalId;
import org.tandem.goal.MeasurementId;
import org.tandem.goal.api.GoalBodies.MeasurementBody;
import org.tandem.goal.api.GoalJson.MeasurementResource;
import org.tandem.goal.api.GoalJson.SignalResource;
import org.tandem.goal.core.GoalMeasuring;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.signals.GoalReads;
import org.tandem.people.Actor;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.RequestTime;

/** What a goal's indicator shows: measurements, and the signals read from them. */
@RestController
@Tag(name = "Goals")
class GoalEvidenceApiController {

    static final String MEASUREMENTS = "/api/v1/goals/{id}/measurements";
    static final String MEASUREMENT = "/api/v1/goals/{id}/measurements/{measurementId}";
    static final String SIGNALS = "/api/v1/goals/{id}/signals";

    private final GoalMeasuring measuring;
    private final GoalReads reads;
    private final GoalJson json;

    GoalEvidenceApiController(GoalMeasuring measuring, GoalReads reads, GoalJson json) {
        this.measuring = measuring;
        this.reads = reads;
        this.json = json;
    }

    @PostMapping(MEASUREMENTS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a value of the goal's indicator, observed today or earlier")
    ResponseEntity<MeasurementResource> record(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestBody(required = false) MeasurementBody body) {
        MeasurementBody b = body == null ? new MeasurementBody(null, null, null) : body;
        Measurement measurement = measuring.record(actor, id, b.value(), b.observedOn(), b.note(), now);
        return ResponseEntity.created(URI.create(MEASUREMENT.replace("{id}", id.toString())
                        .replace("{measurementId}", measurement.id().toString())))
                .body(json.measurement(actor.organizationId(), measurement));
    }

    /** One read-only transaction for the access check, the page and the names (issue 17: at most two per token read). */
    @GetMapping(MEASUREMENTS)
    @Transactional(readOnly = true)
    @Operation(summary = "The goal's measurements in the order they were observed")
    Page<MeasurementResource> list(Actor actor, @PathVariable GoalId id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return json.measurements(actor.organizationId(), measuring.page(actor, id, PageRequest.of(limit, cursor)));
    }

    @GetMapping(MEASUREMENT)
    MeasurementResource get(Actor actor, @PathVariable GoalId id, @PathVariable MeasurementId measurementId) {
        return json.measurement(actor.organizationId(), measuring.one(actor, id, measurementId));
    }

    @GetMapping(SIGNALS)
    @Operation(summary = "Adjustment signals with the evidence in numbers and a suggested next move")
    List<SignalResource> signals(Actor actor, @PathVariable GoalId id) {
        return json.signals(reads.state(actor, id).signals());
    }
}
