package org.tandem.checkin.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInListItem;
import org.tandem.checkin.CheckInService;
import org.tandem.checkin.CheckInView;
import org.tandem.checkin.CheckInView.SummaryView;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;
import org.tandem.shared.RequestTime;

/** The check-in itself over JSON: scheduling, reading, its lifecycle, and the summary. */
@RestController
@Tag(name = "Check-ins")
public class CheckInApiController {

    static final String MENTORSHIP_CHECK_INS = "/api/v1/mentorships/{id}/check-ins";
    static final String CHECK_IN = "/api/v1/check-ins/{id}";
    static final String START = "/api/v1/check-ins/{id}/start";
    static final String COMPLETE = "/api/v1/check-ins/{id}/complete";
    static final String CANCEL = "/api/v1/check-ins/{id}/cancel";
    static final String RESCHEDULE = "/api/v1/check-ins/{id}/reschedule";
    static final String SCHEDULE = "/api/v1/check-ins/{id}/schedule";
    static final String SUMMARY = "/api/v1/check-ins/{id}/summary";
    public static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final CheckInService checkIns;

    CheckInApiController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    record ScheduleBody(Instant scheduledAt, Integer durationMinutes) {
    }

    record CancelBody(String reason) {
    }

    public static String path(CheckInId id) {
        return CHECK_IN.replace("{id}", id.toString());
    }

    static ResponseEntity<CheckInView> ok(CheckInView view) {
        return ApiResponses.current(view.version(), view);
    }

    @PostMapping(MENTORSHIP_CHECK_INS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a check-in; its agenda is copied from the program's current playbook version")
    ResponseEntity<CheckInView> schedule(Actor actor, @RequestTime Instant now, @PathVariable MentorshipId id, @RequestBody ScheduleBody body) {
        CheckInView view = checkIns.schedule(actor, id, body.scheduledAt(), body.durationMinutes(), now);
        return ApiResponses.created(CHECK_IN.replace("{id}", view.id().toString()), view.version(), view);
    }

    @GetMapping(MENTORSHIP_CHECK_INS)
    Page<CheckInListItem> list(Actor actor, @PathVariable MentorshipId id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return checkIns.list(actor, id, PageRequest.of(limit, cursor));
    }

    @GetMapping(CHECK_IN)
    ResponseEntity<CheckInView> get(Actor actor, @PathVariable CheckInId id) {
        return ok(checkIns.get(actor, id));
    }

    @PostMapping(START)
    ResponseEntity<CheckInView> start(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ok(checkIns.start(actor, id, Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(COMPLETE)
    @Operation(summary = "Complete a check-in in progress; the answer carries the summary written from it")
    ResponseEntity<CheckInView> complete(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ok(checkIns.complete(actor, id, Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(CANCEL)
    ResponseEntity<CheckInView> cancel(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody CancelBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ok(checkIns.cancel(actor, id, body.reason(), Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(RESCHEDULE)
    ResponseEntity<CheckInView> reschedule(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody ScheduleBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ok(checkIns.reschedule(actor, id, body.scheduledAt(), Versions.ifMatch(ifMatch), now));
    }

    /** The same move as {@link #reschedule}, as a replacement of the check-in's schedule: only this occurrence moves. */
    @org.springframework.web.bind.annotation.PutMapping(SCHEDULE)
    @Operation(summary = "Move one scheduled check-in to another time (If-Match: its version); other check-ins and the cadence stay")
    ResponseEntity<CheckInView> schedule(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody ScheduleBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ok(checkIns.reschedule(actor, id, body.scheduledAt(), Versions.ifMatch(ifMatch), now));
    }

    /** Markdown when the caller asks for {@code text/markdown} before JSON; JSON otherwise. */
    @GetMapping(SUMMARY)
    @Operation(summary = "The summary of a completed check-in, as text/markdown or as JSON {markdown, html}",
            responses = @ApiResponse(responseCode = "200", description = "The summary in the format the Accept header prefers",
                    content = {@Content(mediaType = "application/json", schema = @Schema(implementation = SummaryView.class)),
                               @Content(mediaType = "text/markdown", schema = @Schema(type = "string"))}))
    ResponseEntity<?> summary(Actor actor, @PathVariable CheckInId id, @RequestHeader HttpHeaders headers) {
        SummaryView summary = checkIns.summary(actor, id);
        if (prefersMarkdown(headers.getAccept())) {
            return ResponseEntity.ok().contentType(MARKDOWN).body(summary.markdown());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
    }

    static boolean prefersMarkdown(List<MediaType> accepted) {
        List<MediaType> sorted = new java.util.ArrayList<>(accepted);
        sorted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : sorted) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("markdown")) {
                return true;
            }
        }
        return false;
    }
}
