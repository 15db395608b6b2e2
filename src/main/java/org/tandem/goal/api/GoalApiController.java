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
import org.tandem.goal.GoalCounts;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalService;
import org.tandem.goal.api.GoalBodies.AchievementBody;
import org.tandem.goal.api.GoalBodies.GoalBody;
import org.tandem.goal.api.GoalBodies.RetirementBody;
import org.tandem.goal.api.GoalJson.GoalResource;
import org.tandem.goal.api.GoalJson.SmartAnswer;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalDraft;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.signals.GoalReads;
import org.tandem.goal.signals.GoalState;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.RequestTime;
import org.tandem.shared.Versions;

/** Goals over JSON: proposing, the SMART check, agreement, reading, and closing a goal. */
@RestController
@Tag(name = "Goals")
class GoalApiController {

    static final String MENTORSHIP_GOALS = "/api/v1/mentorships/{id}/goals";
    static final String GOAL_COUNTS = "/api/v1/mentorships/{id}/goal-counts";
    static final String SMART_CHECK = "/api/v1/smart-check";
    static final String GOAL = "/api/v1/goals/{id}";
    static final String AGREEMENT = "/api/v1/goals/{id}/agreement";
    static final String ACHIEVEMENT = "/api/v1/goals/{id}/achievement";
    static final String ACHIEVEMENT_AGREEMENT = "/api/v1/goals/{id}/achievement/agreement";
    static final String ACHIEVEMENT_WITHDRAWAL = "/api/v1/goals/{id}/achievement/withdrawal";
    static final String RETIREMENT = "/api/v1/goals/{id}/retirement";

    private final GoalService goals;
    private final GoalLifecycle lifecycle;
    private final GoalReads reads;
    private final GoalJson json;

    GoalApiController(GoalService goals, GoalLifecycle lifecycle, GoalReads reads, GoalJson json) {
        this.goals = goals;
        this.lifecycle = lifecycle;
        this.reads = reads;
        this.json = json;
    }

    static String goalPath(GoalId id) {
        return GOAL.replace("{id}", id.toString());
    }

    @PostMapping(MENTORSHIP_GOALS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a goal; it becomes ACTIVE when the other side of the pair agrees")
    ResponseEntity<GoalResource> propose(Actor actor, @RequestTime Instant now, @PathVariable MentorshipId id, @RequestBody GoalBody body) {
        Goal goal = lifecycle.propose(actor, id, body.toDraft(), now);
        return ApiResponses.created(goalPath(goal.id()), goal.version(), read(actor, goal.id()));
    }

    @GetMapping(MENTORSHIP_GOALS)
    Page<GoalResource> list(Actor actor, @PathVariable MentorshipId id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        Page<GoalState> page = reads.list(actor, id, PageRequest.of(limit, cursor));
        return new Page<>(json.goals(actor.organizationId(), page.items()), page.nextCursor());
    }

    @GetMapping(GOAL_COUNTS)
    @Operation(summary = "How many goals the mentorship has per status; program leads see these counts, not the goals")
    GoalCounts counts(Actor actor, @PathVariable MentorshipId id) {
        return goals.goalCounts(actor, id);
    }

    @PostMapping(SMART_CHECK)
    @Operation(summary = "Check a draft goal for the five SMART properties; nothing is saved, incomplete drafts are fine")
    SmartAnswer smartCheck(Actor actor, @RequestBody(required = false) GoalBody body) {
        GoalDraft draft = body == null ? GoalDraft.empty() : body.toDraft();
        return new SmartAnswer(GoalJson.Smart.of(reads.smartCheck(actor, draft)));
    }

    @GetMapping(GOAL)
    ResponseEntity<GoalResource> get(Actor actor, @PathVariable GoalId id) {
        GoalResource goal = read(actor, id);
        return ApiResponses.current(goal.version(), goal);
    }

    @PostMapping(AGREEMENT)
    @Operation(summary = "Agree to a proposed goal: only the side of the pair that did not propose it")
    ResponseEntity<GoalResource> agree(Actor actor, @RequestTime Instant now, @PathVariable GoalId id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return json.current(actor, lifecycle.agree(actor, id, Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(ACHIEVEMENT)
    @Operation(summary = "Propose that an active goal is achieved; it stays ACTIVE until the other side of the pair agrees")
    ResponseEntity<GoalResource> proposeAchievement(Actor actor, @RequestTime Instant now, @PathVariable GoalId id,
            @RequestBody(required = false) AchievementBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return json.current(actor, lifecycle.proposeAchievement(actor, id, body == null ? null : body.evidence(), Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(ACHIEVEMENT_AGREEMENT)
    @Operation(summary = "Agree that the goal is achieved: only the side of the pair that did not propose it; the goal becomes ACHIEVED")
    ResponseEntity<GoalResource> agreeAchievement(Actor actor, @RequestTime Instant now, @PathVariable GoalId id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return json.current(actor, lifecycle.agreeAchievement(actor, id, Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(ACHIEVEMENT_WITHDRAWAL)
    @Operation(summary = "Withdraw (proposer) or decline (other side) the proposal that the goal is achieved; the goal stays ACTIVE")
    ResponseEntity<GoalResource> withdrawAchievement(Actor actor, @RequestTime Instant now, @PathVariable GoalId id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return json.current(actor, lifecycle.withdrawAchievement(actor, id, Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(RETIREMENT)
    @Operation(summary = "Retire a goal without reaching it; the reason is required and stays with the goal")
    ResponseEntity<GoalResource> retire(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestBody(required = false) RetirementBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return json.current(actor, lifecycle.retire(actor, id, body == null ? null : body.reason(), Versions.ifMatch(ifMatch), now));
    }

    private GoalResource read(Actor actor, GoalId id) {
        return json.goal(actor.organizationId(), reads.state(actor, id));
    }
}
