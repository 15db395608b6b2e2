package org.tandem.checkin.actionplan;

import java.time.Instant;
import static org.tandem.checkin.CheckInRoutes.ACTION_ITEM;
import static org.tandem.checkin.CheckInRoutes.ACTION_ITEMS;
import static org.tandem.checkin.CheckInRoutes.ACTION_ITEMS_ID;
import static org.tandem.checkin.CheckInRoutes.RECAP_ID;
import static org.tandem.checkin.CheckInRoutes.RISK;
import static org.tandem.checkin.CheckInRoutes.RISKS;
import static org.tandem.checkin.CheckInRoutes.RISKS_ID;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.checkin.ActionPlanService;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.page.CheckInResponses;
import org.tandem.checkin.page.CheckInText;
import org.tandem.checkin.record.CheckInContentController;
import org.tandem.people.Actor;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.RequestTime;

/**
 * Action items and risks from the page: planning and raising them, and closing, dropping or re-planning them —
 * from the plan of this check-in or from its recap of earlier ones. Each row carries its version, so a change the
 * other person made meanwhile is shown instead of overwritten.
 */
@Controller
public class CheckInPlanController {

    private final ActionPlanService plan;
    private final CheckInResponses responses;

    CheckInPlanController(ActionPlanService plan, CheckInResponses responses) {
        this.plan = plan;
        this.responses = responses;
    }

    @PostMapping(ACTION_ITEMS)
    String planAction(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, ACTION_ITEMS_ID, null, form.toSingleValueMap(), htmx, model, redirect, response);
        return responses.run(request, "Action planned", () -> plan.plan(actor, id, form.getFirst("task"), person(form.getFirst("ownerId"), "ownerId"),
                CheckInContentController.date(form.getFirst("dueOn"), "dueOn"), resources(form), uuid(form.getFirst("goalId"), "goalId"), now),
                stale -> stale.getMessage());
    }

    @PostMapping(ACTION_ITEM)
    String changeAction(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable UUID itemId, @RequestParam Map<String, String> form,
            @RequestParam long version, @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        String fragment = RECAP_ID.equals(form.get("from")) ? RECAP_ID : ACTION_ITEMS_ID;
        var request = request(actor, id, fragment, itemId.toString(), form, htmx, model, redirect, response);
        String status = form.get("status");
        String saved = "DONE".equals(status) ? "Marked done" : "DROPPED".equals(status) ? "Dropped, with the reason kept"
                : "OPEN".equals(status) ? "Reopened" : "Re-planned";
        return responses.run(request, saved, () -> plan.changeActionItem(actor, itemId, status, form.get("reason"),
                        CheckInContentController.date(form.get("dueOn"), "dueOn"), OptionalLong.of(version), id, now),
                stale -> conflict(actor, itemId, "this action item", plan.actionItem(actor, itemId).status()));
    }

    @PostMapping(RISKS)
    String raise(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, RISKS_ID, null, form, htmx, model, redirect, response);
        return responses.run(request, "Risk saved", () -> plan.raise(actor, id, form.get("description"), number(form.get("likelihood"), "likelihood"),
                number(form.get("impact"), "impact"), form.get("support"), person(form.get("ownerId"), "ownerId"), now), stale -> stale.getMessage());
    }

    @PostMapping(RISK)
    String changeRisk(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable UUID riskId, @RequestParam Map<String, String> form,
            @RequestParam long version, @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        String fragment = RECAP_ID.equals(form.get("from")) ? RECAP_ID : RISKS_ID;
        var request = request(actor, id, fragment, riskId.toString(), form, htmx, model, redirect, response);
        String status = form.get("status");
        String saved = "CLOSED".equals(status) ? "Risk closed" : "DROPPED".equals(status) ? "Risk dropped, with the reason kept" : "Risk reassessed";
        return responses.run(request, saved, () -> plan.changeRisk(actor, riskId, status, form.get("reason"),
                        number(form.get("likelihood"), "likelihood"), number(form.get("impact"), "impact"), OptionalLong.of(version), id, now),
                stale -> conflict(actor, riskId, "this risk", plan.risk(actor, riskId).status()));
    }

    private String conflict(Actor actor, UUID id, String what, String statusNow) {
        return plan.lastChangedBy(actor, id) + " changed " + what + " while you were looking at it; it is now "
                + CheckInText.words(statusNow).toLowerCase(java.util.Locale.ROOT) + ". Your change was not applied: "
                + "look at it as it is now and decide again.";
    }

    /** Resource kinds come as checkboxes; "other" needs its description, which has its own field. */
    private static List<ActionPlanService.ResourceDraft> resources(MultiValueMap<String, String> form) {
        List<ActionPlanService.ResourceDraft> resources = new ArrayList<>();
        List<String> kinds = form.getOrDefault("resourceKind", List.of());
        for (String kind : kinds) {
            String description = form.getFirst("resource-" + kind);
            resources.add(new ActionPlanService.ResourceDraft(kind, description == null || description.isBlank() ? null : description));
        }
        return resources;
    }

    static PersonId person(String value, String field) {
        UUID id = uuid(value, field);
        return id == null ? null : new PersonId(id);
    }

    static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not one of the choices");
        }
    }

    public static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    private static CheckInResponses.Request request(Actor actor, CheckInId id, String fragment, String item, Map<String, String> form,
            String htmx, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return new CheckInResponses.Request(actor, id, fragment, item, form, CheckInResponses.isFragmentRequest(htmx), model, redirect,
                response);
    }
}
