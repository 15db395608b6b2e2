package org.tandem.goal.web;

import static org.tandem.goal.GoalController.expected;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalRevisionId;
import org.tandem.goal.core.GoalAccess;
import org.tandem.goal.core.GoalChanges;
import org.tandem.goal.core.GoalRevising;
import org.tandem.goal.web.GoalForms.GoalForm;
import org.tandem.goal.web.GoalForms.ReframeForm;
import org.tandem.goal.web.GoalForms.RevisionForm;
import org.tandem.goal.web.GoalPages.Submitted;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InPlace;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.RequestTime;

/** Changing an active goal from its page: a revision, the guided reframe, and agreeing to or withdrawing one. */
@Controller
public class GoalRevisionController {

    public static final String REVISIONS = "/goals/{id}/revisions";
    public static final String REFRAME = "/goals/{id}/reframe";
    public static final String AGREEMENT = "/goals/{id}/revisions/{revisionId}/agreement";
    public static final String WITHDRAWAL = "/goals/{id}/revisions/{revisionId}/withdrawal";

    private final GoalRevising revising;
    private final GoalAccess access;
    private final GoalPageFlow flow;

    GoalRevisionController(GoalRevising revising, GoalAccess access, GoalPageFlow flow) {
        this.revising = revising;
        this.access = access;
        this.flow = flow;
    }

    static String path(String route, GoalId id, GoalRevisionId revisionId) {
        return route.replace("{id}", id.toString()).replace("{revisionId}", revisionId.toString());
    }

    /** The revision opened from another page: the dialog's content (htmx) or a page of its own that returns there. */
    @GetMapping(GoalController.REVISION_IN_PLACE)
    String inPlace(Actor actor, @PathVariable GoalId id, @RequestParam(name = InPlace.RETURN, required = false) String back,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, HttpServletResponse response) {
        InPlace inPlace = InPlace.of(back, htmx);
        // without a way back (or with one that is not ours), the forms return to the goal's own page
        InPlace answered = inPlace.active() ? inPlace : new InPlace(GoalController.path(id), inPlace.dialog());
        return flow.renderInPlace(actor, id, Submitted.none(), answered, model, response);
    }

    @PostMapping(REVISIONS)
    String revise(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @ModelAttribute GoalForm goal,
            @RequestParam(required = false) String rationale, @RequestParam(required = false) String teamPriorities,
            @RequestParam(required = false) String constraints, @RequestParam(required = false) String interests,
            @RequestParam(defaultValue = "false") boolean resetCadence, @RequestParam(required = false) Long version,
            @RequestParam(name = InPlace.RETURN, required = false) String back,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var form = new RevisionForm(goal, rationale, teamPriorities, constraints, interests, resetCadence);
        var input = new Submitted(null, null, form, null, "revise", FormErrors.NONE, GoalController.REVISION_FORM, null);
        return flow.run(actor, id, input, "", () -> {
            List<FieldError> unreadable = new ArrayList<>();
            GoalChanges changes = goal.changesFrom(access.goal(actor, id).goal().terms(), unreadable);
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            revising.propose(actor, id, changes, rationale, form.context(), resetCadence, expected(version), now);
        }, "Revision proposed. The goal changes when the other side agrees.", InPlace.of(back, htmx), model, redirect, response);
    }

    @PostMapping(REFRAME)
    String reframe(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestParam(required = false) String reframeStatement,
            @RequestParam(required = false) String reframeIndicatorName, @RequestParam(required = false) String reframeIndicatorUnit,
            @RequestParam(required = false) String reframeBaseline, @RequestParam(required = false) String reframeTarget,
            @RequestParam(required = false) String reframeDirection, @RequestParam(required = false) String reframeRationale,
            @RequestParam(required = false) String reframeInterests, @RequestParam(defaultValue = "false") boolean reframeResetCadence,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var form = new ReframeForm(reframeStatement, reframeIndicatorName, reframeIndicatorUnit, reframeBaseline, reframeTarget,
                reframeDirection, reframeRationale, reframeInterests, reframeResetCadence);
        var input = new Submitted(null, null, null, form, "reframe", FormErrors.NONE, GoalController.REFRAME_FORM, null);
        return flow.run(actor, id, input, ReframeForm.PREFIX, () -> revising.propose(actor, id, form.toChanges(),
                        reframeRationale, form.context(), reframeResetCadence, expected(version), now),
                "Reframe proposed. The goal becomes a learning goal when the other side agrees; its original statement stays in the history.",
                model, redirect, response);
    }

    @PostMapping(AGREEMENT)
    String agree(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @PathVariable GoalRevisionId revisionId,
            @RequestParam(required = false) Long version, @RequestParam(name = InPlace.RETURN, required = false) String back,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return flow.run(actor, id, Submitted.none(), "", () -> revising.agree(actor, id, revisionId, expected(version), now),
                "You agreed. The goal now reads as revised, and the history keeps what it said before.", InPlace.of(back, htmx), model,
                redirect, response);
    }

    @PostMapping(WITHDRAWAL)
    String withdraw(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @PathVariable GoalRevisionId revisionId,
            @RequestParam(required = false) Long version, @RequestParam(name = InPlace.RETURN, required = false) String back,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return flow.run(actor, id, Submitted.none(), "", () -> revising.withdraw(actor, id, revisionId, expected(version), now),
                "The revision was set aside. The goal did not change.", InPlace.of(back, htmx), model, redirect, response);
    }
}
