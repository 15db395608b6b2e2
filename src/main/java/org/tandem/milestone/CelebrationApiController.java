package org.tandem.milestone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.feedback.Finding;
import org.tandem.goal.GoalId;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/** Celebrating a reached milestone, who sees it, next steps as goals, and the celebrations a person may see. */
@RestController
@Tag(name = "Milestones and celebrations")
class CelebrationApiController {

    static final String CELEBRATION = "/api/v1/milestones/{id}/celebration";
    static final String VISIBILITY = "/api/v1/milestones/{id}/celebration/visibility";
    static final String NEXT_STEP_GOAL = "/api/v1/milestones/{id}/celebration/next-steps/{stepId}/goal";
    static final String LIST = "/api/v1/celebrations";

    private final Celebrations celebrations;

    CelebrationApiController(Celebrations celebrations) {
        this.celebrations = celebrations;
    }

    record Item(String kind, String description) {
    }

    record StoryBody(String context, String learningCurve, List<String> decisionPoints, String impact) {
    }

    /** {@code story} is optional: without it, the story as it stands (edited, or drafted now) is published. */
    record CelebrationBody(String recognition, List<Item> rewards, List<String> stakeholders, String visibility, List<Item> nextSteps,
                           StoryBody story) {
    }

    record VisibilityBody(String visibility) {
    }

    record RecognitionBody(String recognition) {
    }

    record StakeholderLink(String email, String link) {
    }

    record FindingResource(String rule, int start, int end, String message, String suggestion) {
        static FindingResource of(Finding f) {
            return new FindingResource(f.rule().name(), f.start(), f.end(), f.message(), f.suggestion());
        }
    }

    /** {@code stakeholders} (who was invited) is only given to the pair; {@code stakeholderLinks} only in the answer that created them. */
    record CelebrationResource(UUID id, UUID milestoneId, UUID goalId, UUID mentorshipId, String milestoneTitle, String goalTitle,
                               String recognition, Instant recognitionEditedAt, List<FindingResource> recognitionFindings, Story story, List<Item> rewards,
                               List<CelebrationView.StepView> nextSteps, List<CelebrationView.StakeholderView> stakeholders,
                               List<CelebrationView.Words> stakeholderWords, String visibility, Instant createdAt, List<StakeholderLink> stakeholderLinks) {

        static CelebrationResource of(CelebrationView v, List<StakeholderLink> links) {
            return new CelebrationResource(v.id(), v.milestoneId(), v.goalId(), v.mentorshipId(), v.milestoneTitle(), v.goalTitle(), v.recognition(),
                    v.recognitionEditedAt(), v.findings().stream().map(FindingResource::of).toList(), v.story(),
                    v.rewards().stream().map(r -> new Item(r.kind(), r.description())).toList(), v.nextSteps(), v.stakeholders(), v.words(),
                    v.visibility().name(), v.createdAt(), links);
        }
    }

    record ListItem(UUID id, UUID milestoneId, UUID mentorshipId, String milestoneTitle, String recognition, String visibility, Instant createdAt) {
    }

    record ProposedGoal(UUID goalId) {
    }

    @PostMapping(CELEBRATION)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Celebrate a reached milestone: recognition, rewards, next steps, stakeholders invited by link, visibility")
    ResponseEntity<CelebrationResource> publish(Actor actor, @PathVariable MilestoneId id, @RequestBody(required = false) CelebrationBody body) {
        CelebrationBody b = body == null ? new CelebrationBody(null, null, null, null, null, null) : body;
        List<FieldError> errors = new ArrayList<>();
        var rewards = new ArrayList<Celebration.Reward>();
        items(b.rewards(), "rewards", Celebration.RewardKind.class, errors, (kind, text) -> rewards.add(new Celebration.Reward(kind, text)));
        var steps = new ArrayList<Celebration.NextStep>();
        items(b.nextSteps(), "nextSteps", Celebration.NextStepKind.class, errors, (kind, text) -> steps.add(new Celebration.NextStep(null, kind, text, null, 0)));
        CelebrationVisibility visibility = b.visibility() == null ? null : parse(CelebrationVisibility.class, b.visibility(), "visibility", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Story story = b.story() == null ? null : new Story(b.story().context(), b.story().learningCurve(), b.story().decisionPoints(), b.story().impact());
        var published = celebrations.publish(actor, id, new Celebration.Draft(b.recognition(), rewards, steps, b.stakeholders(), visibility), story);
        var links = published.links().stream().map(l -> new StakeholderLink(l.email(), l.link())).toList();
        return ApiResponses.created(CELEBRATION.replace("{id}", id.toString()), published.celebration().version(),
                CelebrationResource.of(published.celebration(), links));
    }

    @GetMapping(CELEBRATION)
    @Operation(summary = "The celebration, for whoever its visibility lets see it")
    ResponseEntity<CelebrationResource> get(Actor actor, @PathVariable MilestoneId id) {
        CelebrationView view = celebrations.get(actor, id);
        return ApiResponses.current(view.version(), CelebrationResource.of(view, null));
    }

    @PutMapping(VISIBILITY)
    @Operation(summary = "The mentee changes who sees the celebration: PAIR, PROGRAM or ORGANIZATION")
    ResponseEntity<CelebrationResource> visibility(Actor actor, @PathVariable MilestoneId id, @RequestBody(required = false) VisibilityBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        List<FieldError> errors = new ArrayList<>();
        String raw = body == null ? null : body.visibility();
        CelebrationVisibility visibility = raw == null ? null : parse(CelebrationVisibility.class, raw, "visibility", errors);
        if (raw == null) {
            errors.add(new FieldError("visibility", "Choose PAIR, PROGRAM or ORGANIZATION"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CelebrationView view = celebrations.changeVisibility(actor, id, visibility, Versions.ifMatch(ifMatch));
        return ApiResponses.current(view.version(), CelebrationResource.of(view, null));
    }

    /**
     * The page's change of the recognition over JSON, {@code {recognition}} being the one field a PATCH changes (decisions
     * 0090, 0094; beyond API.md): its author only (the other member of the pair 403, outside the pair 404), until the guest
     * links run out (then 409), {@code If-Match} checked (412). The API does not ask about findings: it saves, and the
     * celebration's {@code findings} show what the check sees.
     */
    @PatchMapping(CELEBRATION)
    @Operation(summary = "Its author rewrites the recognition until the stakeholder links run out; readers see recognitionEditedAt")
    ResponseEntity<CelebrationResource> changeRecognition(Actor actor, @PathVariable MilestoneId id,
            @RequestBody(required = false) RecognitionBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CelebrationView view = celebrations.changeRecognition(actor, id, body == null ? null : body.recognition(), Versions.ifMatch(ifMatch));
        return ApiResponses.current(view.version(), CelebrationResource.of(view, null));
    }

    @PostMapping(NEXT_STEP_GOAL)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Turn a next step into a proposed goal of the pair, in one click")
    ResponseEntity<ProposedGoal> proposeGoal(Actor actor, @PathVariable MilestoneId id, @PathVariable UUID stepId) {
        GoalId goal = celebrations.proposeNextStep(actor, id, stepId);
        return ResponseEntity.created(URI.create("/api/v1/goals/" + goal)).body(new ProposedGoal(goal.value()));
    }

    @GetMapping(LIST)
    @Operation(summary = "The celebrations the caller may see, newest first; programId narrows to one program")
    Page<ListItem> list(Actor actor, @RequestParam(required = false) UUID programId, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var page = celebrations.list(actor, Optional.ofNullable(programId), PageRequest.of(limit, cursor));
        return new Page<>(page.items().stream().map(l -> new ListItem(l.id(), l.milestoneId().value(), l.mentorshipId().value(), l.milestoneTitle(),
                l.recognition(), l.visibility().name(), l.createdAt())).toList(), page.nextCursor());
    }

    private static <E extends Enum<E>> void items(List<Item> items, String field, Class<E> kinds, List<FieldError> errors,
            java.util.function.BiConsumer<E, String> add) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item == null) {
                continue;
            }
            E kind = item.kind() == null ? null : parse(kinds, item.kind(), field + "[" + i + "].kind", errors);
            add.accept(kind, item.description());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            errors.add(new FieldError(field, "“" + value + "” is not one of " + String.join(", ", names)));
            return null;
        }
    }
}
