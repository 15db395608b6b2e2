package org.tandem.checkin.actionplan;

import java.time.Instant;
import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.checkin.ActionPlanService;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInView.ActionItemView;
import org.tandem.checkin.CheckInView.RiskView;
import org.tandem.people.Actor;
import org.tandem.people.PersonId;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Versions;
import org.tandem.shared.RequestTime;

/**
 * Action items and risks over JSON. They are planned in a check-in and then live on their own, so they are read
 * and changed by their own id, with an ETag; a stale If-Match answers 412 and a stale body version 409.
 */
@RestController
@Tag(name = "Check-ins")
class ActionPlanApiController {

    static final String ACTION_ITEMS = "/api/v1/check-ins/{id}/action-items";
    static final String ACTION_ITEM = "/api/v1/action-items/{itemId}";
    static final String RISKS = "/api/v1/check-ins/{id}/risks";
    static final String RISK = "/api/v1/risks/{riskId}";

    private final ActionPlanService plan;

    ActionPlanApiController(ActionPlanService plan) {
        this.plan = plan;
    }

    /** A resource: {@code {kind, description}}, or just a text, which is taken as kind OTHER with that description. */
    record ResourceBody(String kind, String description) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        ResourceBody {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static ResourceBody of(String text) {
            return new ResourceBody("OTHER", text);
        }
    }

    record ActionItemBody(String task, UUID ownerId, LocalDate dueOn, List<ResourceBody> resources, UUID goalId) {
    }

    record ActionItemChange(String status, String reason, LocalDate dueOn, Long version) {
    }

    record RiskBody(String description, Integer likelihood, Integer impact, String support, UUID ownerId) {
    }

    record RiskChange(String status, String reason, Integer likelihood, Integer impact, Long version) {
    }

    @PostMapping(ACTION_ITEMS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ActionItemView> plan(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody ActionItemBody body) {
        ActionItemView item = plan.plan(actor, id, body.task(), body.ownerId() == null ? null : new PersonId(body.ownerId()), body.dueOn(),
                body.resources() == null ? List.of() : body.resources().stream()
                        .map(r -> r == null ? null : new ActionPlanService.ResourceDraft(r.kind(), r.description())).toList(),
                body.goalId(), now);
        return ApiResponses.created(ACTION_ITEM.replace("{itemId}", item.id().toString()), item.version(), item);
    }

    @GetMapping(ACTION_ITEM)
    ResponseEntity<ActionItemView> actionItem(Actor actor, @PathVariable UUID itemId) {
        ActionItemView item = plan.actionItem(actor, itemId);
        return ApiResponses.current(item.version(), item);
    }

    @PatchMapping(ACTION_ITEM)
    @Operation(summary = "Mark done, drop (reason required), reopen, or re-plan with a new dueOn")
    ResponseEntity<ActionItemView> change(Actor actor, @RequestTime Instant now, @PathVariable UUID itemId, @RequestBody ActionItemChange body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ActionItemView item = plan.changeActionItem(actor, itemId, body.status(), body.reason(), body.dueOn(),
                Versions.basedOn(ifMatch, body.version()), null, now);
        return ApiResponses.current(item.version(), item);
    }

    @PostMapping(RISKS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RiskView> raise(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody RiskBody body) {
        RiskView risk = plan.raise(actor, id, body.description(), body.likelihood(), body.impact(), body.support(),
                body.ownerId() == null ? null : new PersonId(body.ownerId()), now);
        return ApiResponses.created(RISK.replace("{riskId}", risk.id().toString()), risk.version(), risk);
    }

    @GetMapping(RISK)
    ResponseEntity<RiskView> risk(Actor actor, @PathVariable UUID riskId) {
        RiskView risk = plan.risk(actor, riskId);
        return ApiResponses.current(risk.version(), risk);
    }

    @PatchMapping(RISK)
    @Operation(summary = "Close (passed or handled), drop (reason required), or reassess likelihood and impact")
    ResponseEntity<RiskView> change(Actor actor, @RequestTime Instant now, @PathVariable UUID riskId, @RequestBody RiskChange body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        RiskView risk = plan.changeRisk(actor, riskId, body.status(), body.reason(), body.likelihood(), body.impact(),
                Versions.basedOn(ifMatch, body.version()), null, now);
        return ApiResponses.current(risk.version(), risk);
    }
}
