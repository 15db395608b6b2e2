package org.tandem.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;

/** Peer-feedback requests of a mentorship, for the pair: ask a teammate by guest link, list, revoke. */
@RestController
@Tag(name = "Feedback")
class PeerFeedbackApiController {

    static final String REQUESTS = "/api/v1/mentorships/{id}/peer-feedback-requests";
    static final String REQUEST = "/api/v1/mentorships/{id}/peer-feedback-requests/{requestId}";
    static final String REVOCATION = "/api/v1/mentorships/{id}/peer-feedback-requests/{requestId}/revocation";

    private final PeerFeedbackRequests requests;

    PeerFeedbackApiController(PeerFeedbackRequests requests) {
        this.requests = requests;
    }

    record NewRequest(String email, String about, LocalDate dueOn) {
    }

    /** The request as {@link PeerFeedbackView} has it, plus the guest link: present only in the answer to the creating POST. */
    record CreatedRequest(UUID id, UUID mentorshipId, String email, String about, LocalDate dueOn, PeerFeedbackStatus status,
                          PeerFeedbackView.Person invitedBy, Instant createdAt, Instant expiresAt, String link) {
    }

    @PostMapping(REQUESTS)
    @Operation(summary = "Ask a teammate for peer feedback", description = "Pair only. Answers the request with its guest link "
            + "(shown this once; only a hash is stored). The link works for one answer, until revoked, and until a day after dueOn. "
            + "At most 10 invitations per mentorship in any 24 hours: the next answers 429 with Retry-After (seconds until a slot frees).")
    @ApiResponse(responseCode = "429", description = "Ten invitations in the last 24 hours; Retry-After says when the next may go",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CreatedRequest> create(Actor actor, @PathVariable MentorshipId id, @RequestBody NewRequest body) {
        var created = requests.create(actor, id, body.email(), body.about(), body.dueOn());
        var r = created.request();
        return ApiResponses.createdWithSecret(REQUEST.replace("{id}", id.toString()).replace("{requestId}", r.id().toString()),
                new CreatedRequest(r.id(), r.mentorshipId(), r.email(), r.about(), r.dueOn(), r.status(), r.invitedBy(),
                        r.createdAt(), r.expiresAt(), created.link()));
    }

    /** The eleventh invitation of a day: 429, with {@code Retry-After} in seconds until a slot frees. */
    @ExceptionHandler(InvitationLimit.Exceeded.class)
    ResponseEntity<ProblemDetail> tooMany(InvitationLimit.Exceeded e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setType(URI.create("/problems/too-many-invitations"));
        problem.setTitle("Too many invitations today");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping(REQUESTS)
    @Operation(summary = "The mentorship's peer-feedback requests with their answers, newest first (pair only)")
    Page<PeerFeedbackView> list(Actor actor, @PathVariable MentorshipId id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return requests.list(actor, id, PageRequest.of(limit, cursor));
    }

    @GetMapping(REQUEST)
    PeerFeedbackView get(Actor actor, @PathVariable MentorshipId id, @PathVariable UUID requestId) {
        return requests.get(actor, id, new PeerFeedbackRequestId(requestId));
    }

    @PostMapping(REVOCATION)
    @Operation(summary = "Revoke an open request: its guest link stops working at once")
    PeerFeedbackView revoke(Actor actor, @PathVariable MentorshipId id, @PathVariable UUID requestId) {
        return requests.revoke(actor, id, new PeerFeedbackRequestId(requestId));
    }
}
