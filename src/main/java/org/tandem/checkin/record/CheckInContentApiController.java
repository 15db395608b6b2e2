package org.tandem.checkin.record;

import java.time.Instant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.checkin.CheckInContentService;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInView.FeedbackView;
import org.tandem.checkin.CheckInView.InterpretationView;
import org.tandem.checkin.CheckInView.TakeawayView;
import org.tandem.checkin.CheckInView.ObservationView;
import org.tandem.checkin.CheckInView.WinView;
import org.tandem.checkin.session.CheckInApiController;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Versions;
import org.tandem.shared.RequestTime;

/**
 * What the pair records in a check-in, over JSON. Added things answer 201 with the check-in as Location (they are
 * read as part of it); the interpretation is rewritten with PUT and guarded by its version, as is a feedback
 * entry its giver rewrites with PATCH (or withdraws with DELETE).
 */
@RestController
@Tag(name = "Check-ins")
public class CheckInContentApiController {

    static final String OBSERVATIONS = "/api/v1/check-ins/{id}/observations";
    static final String INTERPRETATION = "/api/v1/check-ins/{id}/interpretation";
    static final String TAKEAWAY = "/api/v1/check-ins/{id}/takeaway";
    static final String FEEDBACK = "/api/v1/check-ins/{id}/feedback";
    static final String FEEDBACK_ENTRY = "/api/v1/check-ins/{id}/feedback/{entryId}";
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

    /** {@code text}: what the pair takes away (empty clears it); {@code version} as for the interpretation. */
    record TakeawayBody(String text, Long version) {
    }

    record FeedbackBody(String text, String situation, String behaviour, String impact, String nextStep) {
    }

    /**
     * The feedback rewritten: {@code text}, or {@code situation}, {@code behaviour}, {@code impact} and optionally
     * {@code nextStep} — the whole entry, as when it was given. {@code version}: the entry's version the edit is based
     * on (409 if stale); or send If-Match (412).
     */
    record FeedbackChange(String text, String situation, String behaviour, String impact, String nextStep, Long version) {
    }

    record WinBody(String text) {
    }

    @PostMapping(OBSERVATIONS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ObservationView> observe(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody ObservationBody body) {
        return created(id, content.observe(actor, id, body.kind(), body.text(), body.observedOn(), now));
    }

    @GetMapping(INTERPRETATION)
    ResponseEntity<InterpretationView> interpretation(Actor actor, @PathVariable CheckInId id) {
        InterpretationView view = content.interpretation(actor, id);
        return ApiResponses.current(view.version(), view);
    }

    @PutMapping(INTERPRETATION)
    ResponseEntity<InterpretationView> interpret(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody InterpretationBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        OptionalLong basedOn = Versions.basedOn(ifMatch, body.version());
        InterpretationView view = content.interpret(actor, id, body.worked(), body.didNotWork(), body.why(), basedOn, now);
        return ApiResponses.current(view.version(), view);
    }

    @GetMapping(TAKEAWAY)
    @Operation(summary = "What the pair takes away from the check-in (its Close section); version 0 until written")
    ResponseEntity<TakeawayView> takeaway(Actor actor, @PathVariable CheckInId id) {
        TakeawayView view = content.takeaway(actor, id);
        return ApiResponses.current(view.version(), view);
    }

    @PutMapping(TAKEAWAY)
    @Operation(summary = "Rewrite what the pair takes away while the check-in runs; a stale version is refused (409, or 412 with If-Match)")
    ResponseEntity<TakeawayView> takeAway(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody TakeawayBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        TakeawayView view = content.takeAway(actor, id, body.text(), Versions.basedOn(ifMatch, body.version()), now);
        return ApiResponses.current(view.version(), view);
    }

    @PostMapping(FEEDBACK)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<FeedbackView> feedback(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody FeedbackBody body) {
        return created(id, content.giveFeedback(actor, id, body.text(), body.situation(), body.behaviour(), body.impact(), body.nextStep(), now));
    }

    @PatchMapping(FEEDBACK_ENTRY)
    @Operation(summary = "Rewrite your feedback while the check-in is open; answers it with the findings for the new text")
    ResponseEntity<FeedbackView> reviseFeedback(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable UUID entryId,
            @RequestBody FeedbackChange body, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        OptionalLong basedOn = Versions.basedOn(ifMatch, body.version());
        FeedbackView view = content.reviseFeedback(actor, id, entryId, body.text(), body.situation(), body.behaviour(), body.impact(),
                body.nextStep(), basedOn, now);
        return ApiResponses.current(view.version(), view);
    }

    @DeleteMapping(FEEDBACK_ENTRY)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw your feedback while the check-in is open; it leaves the check-in, its summary and exports")
    void withdrawFeedback(Actor actor, @PathVariable CheckInId id, @PathVariable UUID entryId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        content.withdrawFeedback(actor, id, entryId, Versions.basedOn(ifMatch, null));
    }

    @PostMapping(WINS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WinView> win(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody WinBody body) {
        return created(id, content.nameWin(actor, id, body.text(), now));
    }

    public static <T> ResponseEntity<T> created(CheckInId id, T body) {
        return ResponseEntity.created(URI.create(CheckInApiController.path(id))).body(body);
    }
}
