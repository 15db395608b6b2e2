package org.tandem.goal.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalService;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalDraft;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.signals.GoalReads;
import org.tandem.goal.web.GoalForms.GoalForm;
import org.tandem.goal.web.GoalViews.SmartPanel;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.RequestTime;

/** The goals of a mentorship: the list, proposing a goal, and the SMART check that runs as the person types. */
@Controller
public class GoalsController {

    public static final String PAGE = "/mentorships/{id}/goals";
    public static final String SMART_CHECK = "/mentorships/{id}/goals/smart-check";
    public static final String GOAL_FORM_ID = "goal-form";
    public static final String SMART_PANEL_ID = "smart-panel";

    private final GoalService goals;
    private final GoalLifecycle lifecycle;
    private final GoalReads reads;
    private final Mentorships mentorships;
    private final GoalPages pages;

    GoalsController(GoalService goals, GoalLifecycle lifecycle, GoalReads reads, Mentorships mentorships, GoalPages pages) {
        this.goals = goals;
        this.lifecycle = lifecycle;
        this.reads = reads;
        this.mentorships = mentorships;
        this.pages = pages;
    }

    public static String path(MentorshipId id) {
        return PAGE.replace("{id}", id.toString());
    }

    static String smartPath(MentorshipId id) {
        return SMART_CHECK.replace("{id}", id.toString());
    }

    @GetMapping(PAGE)
    String page(Actor actor, @PathVariable MentorshipId id, Model model) {
        Mentorship mentorship;
        try {
            mentorship = mentorships.ofPairOrAdmin(actor, id);
        } catch (NotFoundException notThePair) {
            // A program lead may see the mentorship, but of its goals only how many there are.
            Mentorship visible = mentorships.visible(actor, id);
            model.addAttribute("page", pages.counts(actor, visible, goals.goalCounts(actor, id)));
            return "goal/goals";
        }
        return render(actor, mentorship, null, FormErrors.NONE, (String) model.asMap().get("flash"), model);
    }

    @PostMapping(PAGE)
    String propose(Actor actor, @RequestTime Instant now, @PathVariable MentorshipId id, @ModelAttribute GoalForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, id);
        try {
            List<FieldError> unreadable = new ArrayList<>();
            GoalDraft draft = form.toDraft(unreadable);
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            Goal goal = lifecycle.propose(actor, id, draft, now);
            String other = goal.pair().roleOf(goal.pair().otherThan(actor.personId()));
            redirect.addFlashAttribute("flash", "Goal proposed. It becomes active when your " + other + " agrees.");
            return "redirect:" + GoalController.path(goal.id());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, mentorship, form, GoalForms.errors("", e), null, model);
        } catch (InvalidStateException | NotAllowedException e) {
            response.setStatus(e instanceof InvalidStateException ? 409 : 403);
            return render(actor, mentorship, form, FormErrors.of(GoalForms.FORM, e.getMessage()), null, model);
        }
    }

    /** With htmx, only the verdicts (the panel swaps itself); without, the whole page with what was typed. */
    @PostMapping(SMART_CHECK)
    String smartCheck(Actor actor, @PathVariable MentorshipId id, @ModelAttribute GoalForm form,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, id);
        if (htmx != null) {
            model.addAttribute("smart", SmartPanel.of(reads.smartCheck(actor, form.toDraft(null))));
            return "goal/smartPanel";
        }
        return render(actor, mentorship, form, FormErrors.NONE, null, model);
    }

    private String render(Actor actor, Mentorship mentorship, GoalForm form, FormErrors errors, String flash, Model model) {
        model.addAttribute("page", pages.goals(actor, mentorship, reads.states(actor, mentorship.id()), form, errors, flash));
        return "goal/goals";
    }
}
