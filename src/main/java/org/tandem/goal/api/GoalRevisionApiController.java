package org.tandem.goal.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalRevisionId;
import org.tandem.goal.api.GoalBodies.RevisionBody;
import org.tandem.goal.api.GoalJson.RevisionResource;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalAccess;
import org.tandem.goal.core.GoalRevising;
import org.tandem.goal.core.GoalRevision;
import org.tandem.goal.signals.GoalReads;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.RequestTime;
import org.tandem.shared.Versions;

/** Changes to an active goal: proposed with a rationale, applied when the other side agrees, kept forever. */
@RestController
@Tag(name = "Goals")
class GoalRevisionApiController {

    static final String REVISIONS = "/api/v1/goals/{id}/revisions";
    static final String REVISION = "/api/v1/goals/{id}/revisions/{revisionId}";
    static final String AGREEMENT = "/api/v1/goals/{id}/revisions/{revisionId}/agreement";
    static final String WITHDRAWAL = "/api/v1/goals/{id}/revisions/{revisionId}/withdrawal";

    private final GoalRevising revising;
    private final GoalAccess access;
    private final GoalReads reads;
    private final GoalJson json;

    GoalRevisionApiController(GoalRevising revising, GoalAccess access, GoalReads reads, GoalJson json) {
        this.revising = revising;
        this.access = access;
        this.reads = reads;
        this.json = json;
    }

    @PostMapping(REVISIONS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a change to an active goal; the rationale is required and the goal stays as it is until the other side agrees")
    ResponseEntity<RevisionResource> propose(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestBody(required = false) RevisionBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        RevisionBody b = body == null ? new RevisionBody(null, null, null, null) : body;
        Goal goal = revising.propose(actor, id, b.changes() == null ? null : b.changes().toChanges(), b.rationale(),
                b.context() == null ? null : b.context().toContext(), Boolean.TRUE.equals(b.resetCadence()), Versions.ifMatch(ifMatch), now);
        GoalRevision revision = goal.revisions().getLast();
        return ApiResponses.created(REVISION.replace("{id}", id.toString()).replace("{revisionId}", revision.id().toString()),
                goal.version(), json.revision(actor.organizationId(), goal, revision, null));
    }

    @GetMapping(REVISIONS)
    @Operation(summary = "The goal's full revision history, oldest first, each with before and after per field")
    Page<RevisionResource> list(Actor actor, @PathVariable GoalId id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return json.revisions(actor.organizationId(), access.goal(actor, id).goal(), page);
    }

    @GetMapping(REVISION)
    ResponseEntity<RevisionResource> get(Actor actor, @PathVariable GoalId id, @PathVariable GoalRevisionId revisionId) {
        Goal goal = access.goal(actor, id).goal();
        return ApiResponses.current(goal.version(), json.revision(actor.organizationId(), goal, find(goal, revisionId), null));
    }

    @PostMapping(AGREEMENT)
    @Operation(summary = "Agree to a proposed revision: only the side that did not propose it; the goal changes now")
    ResponseEntity<RevisionResource> agree(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @PathVariable GoalRevisionId revisionId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Goal goal = revising.agree(actor, id, revisionId, Versions.ifMatch(ifMatch), now);
        return ApiResponses.current(goal.version(),
                json.revision(actor.organizationId(), goal, find(goal, revisionId), reads.state(actor, id)));
    }

    @PostMapping(WITHDRAWAL)
    @Operation(summary = "Withdraw (proposer) or decline (other side) a pending revision; the goal does not change")
    ResponseEntity<RevisionResource> withdraw(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @PathVariable GoalRevisionId revisionId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Goal goal = revising.withdraw(actor, id, revisionId, Versions.ifMatch(ifMatch), now);
        return ApiResponses.current(goal.version(), json.revision(actor.organizationId(), goal, find(goal, revisionId), null));
    }

    private static GoalRevision find(Goal goal, GoalRevisionId revisionId) {
        return goal.revisions().stream().filter(r -> r.id().equals(revisionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Revision", revisionId));
    }
}
