package org.tandem.checkin;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.OptionalLong;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.checkin.CheckInView.FeedbackView;
import org.tandem.checkin.CheckInView.InterpretationView;
import org.tandem.checkin.CheckInView.ObservationView;
import org.tandem.checkin.CheckInView.WinView;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Versions;

/**
 * What the pair records in a check-in, over JSON. Added things answer 201 with the check-in as Location (they are
 * read as part of it); the interpretation is rewritten with PUT and guarded by its version.
 */
@RestController
@Tag(name = "Check-ins")
class CheckInContentApiController {

    static final String OBSERVATIONS = "/api/v1/check-ins/{id}/observations";
    static final String INTERPRETATION = "/api/v1/check-ins/{id}/interpretation";
    static final String FEEDBACK = "/api/v1/check-ins/{id}/feedback";
    static final String WINS = "/api/v1/check-ins/{id}/wins";

    private final CheckInContentService content;

    CheckInContentApiController(CheckInContentService content) {
        this.content = content;
    }

    record ObservationBody(String kind, String text, LocalDate observedOn) {
    }

    /** {@code version}: the interpretation's version the change is based on (409 if stale); or send If-Match (412). */
    record InterpretationBody(String worked, String didNotWork, String why, Long version) {
    }

    record FeedbackBody(String text, String situation, String behaviour, String impact, String nextStep) {
    }

    record WinBody(String text) {
    }

    @PostMapping(OBSERVATIONS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ObservationView> observe(Actor actor, @PathVariable CheckInId id, @RequestBody ObservationBody body) {
        return created(id, content.observe(actor, id, body.kind(), body.text(), body.observedOn()));
    }

    @GetMapping(INTERPRETATION)
    ResponseEntity<InterpretationView> interpretation(Actor actor, @PathVariable CheckInId id) {
        InterpretationView view = content.interpretation(actor, id);
        return ApiResponses.current(view.version(), view);
    }

    @PutMapping(INTERPRETATION)
    ResponseEntity<InterpretationView> interpret(Actor actor, @PathVariable CheckInId id, @RequestBody InterpretationBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        OptionalLong basedOn = Versions.basedOn(ifMatch, body.version());
        InterpretationView view = content.interpret(actor, id, body.worked(), body.didNotWork(), body.why(), basedOn);
        return ApiResponses.current(view.version(), view);
    }

    @PostMapping(FEEDBACK)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<FeedbackView> feedback(Actor actor, @PathVariable CheckInId id, @RequestBody FeedbackBody body) {
        return created(id, content.giveFeedback(actor, id, body.text(), body.situation(), body.behaviour(), body.impact(), body.nextStep()));
    }

    @PostMapping(WINS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WinView> win(Actor actor, @PathVariable CheckInId id, @RequestBody WinBody body) {
        return created(id, content.nameWin(actor, id, body.text()));
    }

    static <T> ResponseEntity<T> created(CheckInId id, T body) {
        return ResponseEntity.created(URI.create(CheckInApiController.path(id))).body(body);
    }
}
