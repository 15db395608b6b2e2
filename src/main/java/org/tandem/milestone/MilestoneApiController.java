package org.tandem.milestone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.goal.GoalId;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/** Milestones of a goal, reaching one with evidence, and its story. */
@RestController
@Tag(name = "Milestones and celebrations")
class MilestoneApiController {

    static final String OF_GOAL = "/api/v1/goals/{id}/milestones";
    static final String ONE = "/api/v1/milestones/{id}";
    static final String REACHED = "/api/v1/milestones/{id}/reached";
    static final String STORY = "/api/v1/milestones/{id}/story";

    private final Milestones milestones;

    MilestoneApiController(Milestones milestones) {
        this.milestones = milestones;
    }

    record MilestoneBody(String title, BigDecimal threshold, LocalDate dueOn) {
    }

    record ReachedBody(String evidence) {
    }

    record StoryBody(String context, String learningCurve, List<String> decisionPoints, String impact) {
    }

    /** {@code reachedBy} is null while open and when a measurement reached it; {@code measurementId} names that measurement. */
    record MilestoneResource(UUID id, UUID goalId, UUID mentorshipId, String title, BigDecimal threshold, LocalDate dueOn, String status,
                             Instant reachedAt, UUID reachedBy, UUID measurementId, String evidence, long version) {

        static MilestoneResource of(Milestone m) {
            return new MilestoneResource(m.id().value(), m.goalId().value(), m.mentorshipId().value(), m.title(), m.threshold(), m.dueOn(),
                    m.status().name(), m.reachedAt(), m.reachedBy() == null ? null : m.reachedBy().value(), m.measurementId(), m.evidence(),
                    m.version());
        }
    }

    record StoryResource(String context, String learningCurve, List<String> decisionPoints, String impact, boolean edited) {
    }

    @PostMapping(OF_GOAL)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a milestone on a goal; with a threshold, a measurement reaching it marks it reached")
    ResponseEntity<MilestoneResource> plan(Actor actor, @PathVariable GoalId id, @RequestBody(required = false) MilestoneBody body) {
        MilestoneBody b = body == null ? new MilestoneBody(null, null, null) : body;
        Milestone m = milestones.plan(actor, id, b.title(), b.threshold(), b.dueOn());
        return ApiResponses.created(ONE.replace("{id}", m.id().toString()), m.version(), MilestoneResource.of(m));
    }

    @GetMapping(OF_GOAL)
    @Operation(summary = "The goal's milestones, in the order they were planned")
    Page<MilestoneResource> list(Actor actor, @PathVariable GoalId id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        Page<Milestone> page = milestones.ofGoal(actor, id, PageRequest.of(limit, cursor));
        return new Page<>(page.items().stream().map(MilestoneResource::of).toList(), page.nextCursor());
    }

    @GetMapping(ONE)
    ResponseEntity<MilestoneResource> get(Actor actor, @PathVariable MilestoneId id) {
        Milestone m = milestones.visible(actor, id).milestone();
        return ApiResponses.current(m.version(), MilestoneResource.of(m));
    }

    @PostMapping(REACHED)
    @Operation(summary = "Mark the milestone reached, saying what shows it")
    ResponseEntity<MilestoneResource> reach(Actor actor, @PathVariable MilestoneId id, @RequestBody(required = false) ReachedBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Milestone m = milestones.reach(actor, id, body == null ? null : body.evidence(), Versions.ifMatch(ifMatch));
        return ApiResponses.current(m.version(), MilestoneResource.of(m));
    }

    @GetMapping(STORY)
    @Operation(summary = "The milestone's story: as the pair edited it, or drafted from the goal's history")
    ResponseEntity<StoryResource> story(Actor actor, @PathVariable MilestoneId id) {
        return story(milestones.story(actor, id));
    }

    @PutMapping(STORY)
    @Operation(summary = "Save the pair's edit of the story (If-Match the story's ETag once it was edited)")
    ResponseEntity<StoryResource> editStory(Actor actor, @PathVariable MilestoneId id, @RequestBody(required = false) StoryBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        StoryBody b = body == null ? new StoryBody(null, null, null, null) : body;
        return story(milestones.saveStory(actor, id, new Story(b.context(), b.learningCurve(), b.decisionPoints(), b.impact()),
                Versions.ifMatch(ifMatch)));
    }

    private static ResponseEntity<StoryResource> story(Milestones.StoryView view) {
        Story s = view.story();
        return ApiResponses.current(view.version(), new StoryResource(s.context(), s.learningCurve(), s.decisionPoints(), s.impact(), view.edited()));
    }
}
