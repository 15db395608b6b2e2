package org.tandem.goal.web;

import static org.tandem.goal.GoalController.expected;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalRevisionId;
import org.tandem.goal.core.GoalAccess;
import org.tandem.goal.core.GoalChanges;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.core.GoalRevising;
import org.tandem.goal.web.GoalForms.GoalForm;
import org.tandem.goal.web.GoalPages.Submitted;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.RequestTime;

/**
 * "Ask for changes" from the goal page (decision 0094): the side who may agree sends a proposed goal, a revision or an
 * achievement back with a comment, and the proposer of a goal changes it in reply. Plain forms; a refused one comes back
 * with the comment as typed.
 */
@Controller
public class GoalChangeRequestController {

    public static final String ASK_GOAL = "/goals/{id}/change-requests";
    public static final String PROPOSAL = "/goals/{id}/proposal";
    public static final String ASK_ACHIEVEMENT = "/goals/{id}/achievement/change-requests";
    public static final String ASK_REVISION = "/goals/{id}/revisions/{revisionId}/change-requests";
    public static final String DISMISSAL = "/goals/{id}/change-requests/{requestId}/dismissal";
    public static final String ASK_GOAL_FORM = "ask-goal", ASK_REVISION_FORM = "ask-revision", ASK_ACHIEVEMENT_FORM = "ask-achievement",
            PROPOSAL_FORM = "proposal";

    private final GoalLifecycle lifecycle;
    private final GoalRevising revising;
    private final GoalAccess access;
    private final GoalPageFlow flow;

    GoalChangeRequestController(GoalLifecycle lifecycle, GoalRevising revising, GoalAccess access, GoalPageFlow flow) {
        this.lifecycle = lifecycle;
        this.revising = revising;
        this.access = access;
        this.flow = flow;
    }

    @PostMapping(ASK_GOAL)
    String askChangesToGoal(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestParam(required = false) String comment,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return typedBack(flow.run(actor, id, failed(ASK_GOAL_FORM), "", () -> lifecycle.askChanges(actor, id, comment, expected(version), now),
                "You asked for changes. The goal waits for its proposer to change it.", model, redirect, response), comment, model);
    }

    @PostMapping(ASK_ACHIEVEMENT)
    String askChangesToAchievement(Actor actor, @RequestTime Instant now, @PathVariable GoalId id,
            @RequestParam(required = false) String comment, @RequestParam(required = false) Long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return typedBack(flow.run(actor, id, failed(ASK_ACHIEVEMENT_FORM), "",
                () -> lifecycle.askChangesToAchievement(actor, id, comment, expected(version), now),
                "You asked for changes. The goal stays active until the proposal comes again.", model, redirect, response), comment, model);
    }

    @PostMapping(ASK_REVISION)
    String askChangesToRevision(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @PathVariable GoalRevisionId revisionId,
            @RequestParam(required = false) String comment, @RequestParam(required = false) Long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return typedBack(flow.run(actor, id, failed(ASK_REVISION_FORM), "",
                () -> revising.askChanges(actor, id, revisionId, comment, expected(version), now),
                "You asked for changes. The revision was set aside; the goal did not change.", model, redirect, response), comment, model);
    }

    @PostMapping(DISMISSAL)
    String letGo(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @PathVariable java.util.UUID requestId,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return flow.run(actor, id, failed(""), "", () -> lifecycle.letGo(actor, id, requestId, expected(version), now),
                "You let it go. The comment stays in the goal's history.", model, redirect, response);
    }

    @PostMapping(PROPOSAL)
    String changeProposal(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @ModelAttribute GoalForm goal,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var input = new Submitted(goal, null, null, null, null, FormErrors.NONE, PROPOSAL_FORM, null);
        return flow.run(actor, id, input, "", () -> {
            List<FieldError> unreadable = new ArrayList<>();
            GoalChanges changes = goal.changesFrom(access.goal(actor, id).goal().terms(), unreadable);
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            lifecycle.changeProposal(actor, id, changes, expected(version), now);
        }, "Goal changed. It waits again for the other side's agreement.", model, redirect, response);
    }

    private static Submitted failed(String form) {
        return new Submitted(null, null, null, null, null, FormErrors.NONE, form, null);
    }

    /** A refused request shows its comment again, so nothing typed is lost. */
    private static String typedBack(String view, String comment, Model model) {
        if (model.getAttribute("page") instanceof GoalPage page && page.changes() != null) {
            model.addAttribute("page", page.withChanges(page.changes().typed(comment)));
        }
        return view;
    }
}
