package org.tandem.checkin.session;

import java.time.Instant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInService;
import org.tandem.checkin.CheckInView;
import org.tandem.checkin.CheckInView.AutonomyView;
import org.tandem.checkin.CheckInView.RatingView;
import org.tandem.checkin.record.CheckInContentApiController;
import org.tandem.people.Actor;
import org.tandem.shared.RequestTime;

/** After a check-in: the mentee rates it, the mentor rates the mentee's autonomy. Each only once, each only by them. */
@RestController
@Tag(name = "Check-ins")
class CheckInRatingApiController {

    static final String RATING = "/api/v1/check-ins/{id}/rating";
    static final String AUTONOMY = "/api/v1/check-ins/{id}/autonomy";

    private final CheckInService checkIns;

    CheckInRatingApiController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    record RatingBody(Integer clarity, Integer usefulness, Integer support, String comment) {
    }

    record AutonomyBody(Integer rating) {
    }

    @PostMapping(RATING)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The mentee rates clarity, usefulness and support (1–5) of a completed check-in")
    ResponseEntity<RatingView> rate(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody RatingBody body) {
        CheckInView view = checkIns.rate(actor, id, body.clarity(), body.usefulness(), body.support(), body.comment(), now);
        return CheckInContentApiController.created(id, view.rating());
    }

    @PostMapping(AUTONOMY)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The mentor rates the mentee's autonomy (1–5) after a completed check-in")
    ResponseEntity<AutonomyView> autonomy(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody AutonomyBody body) {
        CheckInView view = checkIns.rateAutonomy(actor, id, body.rating(), now);
        return CheckInContentApiController.created(id, view.autonomy());
    }
}
