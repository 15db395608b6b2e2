package org.tandem.goal.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalRevisionId;
import org.tandem.goal.api.GoalBodies.ChangeRequestBody;
import org.tandem.goal.api.GoalBodies.GoalBody;
import org.tandem.goal.api.GoalJson.GoalResource;
import org.tandem.goal.api.GoalJson.RevisionResource;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.core.GoalRevising;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.RequestTime;
import org.tandem.shared.Versions;

/**
 * "Ask for changes" (decision 0094, beyond API.md): the side who may agree to a proposal sends it back with a comment,
 * and the proposer of a goal changes it in reply. Each answers what it changed, with its {@code ETag}, and honours
 * {@code If-Match} (412 when stale).
 */
@RestController
@Tag(name = "Goals")
class GoalChangeRequestApiController {

    static final String GOAL = "/api/v1/goals/{id}";
    static final String GOAL_CHANGE_REQUESTS = "/api/v1/goals/{id}/change-requests";
    static final String ACHIEVEMENT_CHANGE_REQUESTS = "/api/v1/goals/{id}/achievement/change-requests";
    static final String REVISION_CHANGE_REQUESTS = "/api/v1/goals/{id}/revisions/{revisionId}/change-requests";
    static final String DISMISSAL = "/api/v1/goals/{id}/change-requests/{requestId}/dismissal";

    private final GoalLifecycle lifecycle;
    private final GoalRevising revising;
    private final GoalJson json;

    GoalChangeRequestApiController(GoalLifecycle lifecycle, GoalRevising revising, GoalJson json) {
        this.lifecycle = lifecycle;
        this.revising = revising;
        this.json = json;
    }

    @PostMapping(GOAL_CHANGE_REQUESTS)
    @Operation(summary = "Send a proposed goal back with a comment (1-2000 characters) instead of agreeing: only the side that did not "
            + "propose it; the goal stays PROPOSED until its proposer changes it")
    ResponseEntity<GoalResource> askChangesToGoal(Actor actor, @RequestTime Instant now, @PathVariable GoalId id,
            @RequestBody(required = false) ChangeRequestBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return json.current(actor, lifecycle.askChanges(actor, id, comment(body), Versions.ifMatch(ifMatch), now));
    }

    @PatchMapping(GOAL)
    @Operation(summary = "Change a proposed goal in reply to a request for changes: only its proposer, only fields named change; "
            + "it waits again for the other side")
    ResponseEntity<GoalResource> changeProposal(Actor actor, @RequestTime Instant now, @PathVariable GoalId id,
            @RequestBody(required = false) GoalBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return json.current(actor, lifecycle.changeProposal(actor, id, body == null ? null : body.toChanges(), Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(ACHIEVEMENT_CHANGE_REQUESTS)
    @Operation(summary = "Send the proposal that the goal is achieved back with a comment: only the side that did not propose it; "
            + "the proposal is set aside and the goal stays ACTIVE")
    ResponseEntity<GoalResource> askChangesToAchievement(Actor actor, @RequestTime Instant now, @PathVariable GoalId id,
            @RequestBody(required = false) ChangeRequestBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return json.current(actor, lifecycle.askChangesToAchievement(actor, id, comment(body), Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(REVISION_CHANGE_REQUESTS)
    @Operation(summary = "Send a pending revision back with a comment: only the side that did not propose it; the revision is "
            + "WITHDRAWN (nothing changes) and its proposer proposes another")
    ResponseEntity<RevisionResource> askChangesToRevision(Actor actor, @RequestTime Instant now, @PathVariable GoalId id,
            @PathVariable GoalRevisionId revisionId, @RequestBody(required = false) ChangeRequestBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Goal goal = revising.askChanges(actor, id, revisionId, comment(body), Versions.ifMatch(ifMatch), now);
        var revision = goal.revisions().stream().filter(r -> r.id().equals(revisionId)).findFirst().orElseThrow();
        return ApiResponses.current(goal.version(), json.revision(actor.organizationId(), goal, revision, null));
    }

    @PostMapping(DISMISSAL)
    @Operation(summary = "Let a sent-back revision or achievement go: only its proposer; the request stops waiting on them "
            + "(answer LET_GO) and stays in the goal's history. A proposed goal sent back is changed or retired instead (409)")
    ResponseEntity<GoalResource> letGo(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @PathVariable java.util.UUID requestId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return json.current(actor, lifecycle.letGo(actor, id, requestId, Versions.ifMatch(ifMatch), now));
    }

    private static String comment(ChangeRequestBody body) {
        return body == null ? null : body.comment();
    }
}
