package org.tandem.goal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalId;
import org.tandem.goal.signals.GoalReads;
import org.tandem.goal.web.GoalPages.Submitted;
import org.tandem.people.Actor;
import org.tandem.shared.InPlace;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.StaleVersionException;

/**
 * How every form on the goal page ends: done → back to the page with a message (post/redirect/get); refused →
 * the page again with what was typed, the errors beside their fields and the status code that says why.
 */
@Component
public class GoalPageFlow {

    static final String VIEW = "goal/goal";
    public static final String CONFIRM_GAPS = "confirmGaps";

    private final GoalReads reads;
    private final GoalPages pages;

    GoalPageFlow(GoalReads reads, GoalPages pages) {
        this.reads = reads;
        this.pages = pages;
    }
    public String run(Actor actor, GoalId id, Submitted input, String prefix, Runnable action, String done, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return run(actor, id, input, prefix, action, done, InPlace.NONE, model, redirect, response);
    }

    /**
     * As above; a form opened from another page ({@link InPlace}) answers there: done → 204 with the done event for a
     * dialog, or a redirect back; refused → the revision form again, in the dialog or as its own page.
     */
    public String run(Actor actor, GoalId id, Submitted input, String prefix, Runnable action, String done, InPlace inPlace, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!inPlace.active()) {
            return runOnGoalPage(actor, id, input, prefix, action, done, model, redirect, response);
        }
        try {
            action.run();
            if (inPlace.dialog()) {
                response.setStatus(204);
                response.setHeader("HX-Trigger", InPlace.doneTrigger(done));
                return null;
            }
            redirect.addFlashAttribute("flash", done);
            return "redirect:" + inPlace.returnTo();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return renderInPlace(actor, id, new Submitted(input.goalForm(), input.measurementForm(), input.revisionForm(), input.reframeForm(),
                    input.open(), GoalForms.errors(prefix, e), input.failedForm(), null), inPlace, model, response);
        } catch (NotAllowedException e) {
            response.setStatus(403);
            return renderInPlace(actor, id, alert(input, e.getMessage()), inPlace, model, response);
        } catch (InvalidStateException | StaleVersionException e) {
            response.setStatus(409);
            return renderInPlace(actor, id, alert(input, e.getMessage()), inPlace, model, response);
        }
    }

    /** The revision form opened from another page: the dialog's content, or a page of its own. */
    public String renderInPlace(Actor actor, GoalId id, Submitted input, InPlace inPlace, Model model, HttpServletResponse response) {
        model.addAttribute("page", new GoalInPlacePage(pages.goal(actor, reads.state(actor, id), input, null), inPlace));
        if (inPlace.dialog()) {
            // the check-in page's script swaps a refused form into the dialog whatever the status
            response.setHeader("X-Tandem-Fragment", "1");
            return "goal/revisionDialog";
        }
        return "goal/revisionInPlace";
    }

    private String runOnGoalPage(Actor actor, GoalId id, Submitted input, String prefix, Runnable action, String done, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
            return "redirect:" + GoalController.path(id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, id, new Submitted(input.goalForm(), input.measurementForm(), input.revisionForm(), input.reframeForm(),
                    input.open(), GoalForms.errors(prefix, e), input.failedForm(), null), null, model);
        } catch (NotAllowedException e) {
            response.setStatus(403);
            return render(actor, id, alert(input, e.getMessage()), null, model);
        } catch (InvalidStateException | StaleVersionException e) {
            response.setStatus(409);
            return render(actor, id, alert(input, e.getMessage()), null, model);
        }
    }

    /**
     * Agreeing to a proposed goal whose SMART check finds gaps takes a second look: the agree form lists them and
     * asks to confirm. Without the confirmation nothing is agreed and the form says why. The terms of a proposed goal
     * cannot change, so the gaps read here are the ones the form showed.
     */
    public void requireGapsConfirmed(Actor actor, GoalId id, boolean confirmed) {
        List<GoalViews.SmartRow> gaps = GoalViews.SmartPanel.of(reads.state(actor, id).smart()).gaps();
        if (!gaps.isEmpty() && !confirmed) {
            throw new InvalidInputException(CONFIRM_GAPS, "The SMART check finds gaps ("
                    + String.join(", ", gaps.stream().map(GoalViews.SmartRow::name).toList())
                    + "). Read them, then tick the box to agree anyway, or ask for a clearer goal first");
        }
    }

    public String render(Actor actor, GoalId id, Submitted input, String flash, Model model) {
        model.addAttribute("page", pages.goal(actor, reads.state(actor, id), input, flash));
        return VIEW;
    }

    private static Submitted alert(Submitted input, String message) {
        return new Submitted(input.goalForm(), input.measurementForm(), input.revisionForm(), input.reframeForm(), input.open(),
                input.errors(), null, message);
    }
}
