package org.tandem.goal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.core.GoalMeasuring;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.web.GoalForms;
import org.tandem.goal.web.GoalForms.MeasurementForm;
import org.tandem.goal.web.GoalPageFlow;
import org.tandem.goal.web.GoalPages.Submitted;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.RequestTime;

/** The goal page, and the steps taken on the goal itself: agreeing, measuring, achieving, retiring. */
@Controller
public class GoalController {

    public static final String PAGE = "/goals/{id}";
    public static final String AGREEMENT = "/goals/{id}/agreement";
    public static final String MEASUREMENTS = "/goals/{id}/measurements";
    public static final String ACHIEVEMENT = "/goals/{id}/achievement";
    public static final String ACHIEVEMENT_AGREEMENT = "/goals/{id}/achievement/agreement";
    public static final String ACHIEVEMENT_WITHDRAWAL = "/goals/{id}/achievement/withdrawal";
    public static final String RETIREMENT = "/goals/{id}/retirement";
    /**
     * The goal's revision opened from another page (decision 0093): propose one, or agree to or decline the one
     * waiting. Loaded into that page's dialog with JavaScript; a page of its own without, which returns to the page
     * named by {@code return}.
     */
    public static final String REVISION_IN_PLACE = "/goals/{id}/revision";
    public static final String MEASUREMENT_FORM = "measurement", REVISION_FORM = "revision", REFRAME_FORM = "reframe",
            RETIRE_FORM = "retire", ACHIEVE_FORM = "achieve", AGREE_FORM = "agree";

    private final GoalLifecycle lifecycle;
    private final GoalMeasuring measuring;
    private final GoalPageFlow flow;

    GoalController(GoalLifecycle lifecycle, GoalMeasuring measuring, GoalPageFlow flow) {
        this.lifecycle = lifecycle;
        this.measuring = measuring;
        this.flow = flow;
    }

    public static String path(GoalId id) {
        return route(PAGE, id);
    }

    public static String route(String route, GoalId id) {
        return route.replace("{id}", id.toString());
    }

    /** {@code open} unfolds one of the change forms, e.g. when a signal's suggestion links to it. */
    @GetMapping(PAGE)
    String page(Actor actor, @PathVariable GoalId id, @RequestParam(required = false) String open, Model model) {
        String unfold = REVISION_FORM.equals(open) || "revise".equals(open) ? "revise" : REFRAME_FORM.equals(open) ? "reframe" : null;
        var input = new Submitted(null, null, null, null, unfold, FormErrors.NONE, null, null);
        return flow.render(actor, id, input, (String) model.asMap().get("flash"), model);
    }

    @PostMapping(AGREEMENT)
    String agree(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean confirmGaps, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var input = new Submitted(null, null, null, null, null, FormErrors.NONE, AGREE_FORM, null);
        return flow.run(actor, id, input, "", () -> {
            flow.requireGapsConfirmed(actor, id, confirmGaps);
            lifecycle.agree(actor, id, expected(version), now);
        },
                "You agreed. The goal is active.", model, redirect, response);
    }

    @PostMapping(MEASUREMENTS)
    String measure(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestParam(required = false) String value,
            @RequestParam(required = false) String observedOn, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var form = new MeasurementForm(value, observedOn, note);
        var input = new Submitted(null, form, null, null, null, FormErrors.NONE, MEASUREMENT_FORM, null);
        return flow.run(actor, id, input, "", () -> {
            List<FieldError> unreadable = new ArrayList<>();
            var number = GoalForms.number(value, Measurement.VALUE, unreadable);
            var day = GoalForms.date(observedOn, Measurement.OBSERVED_ON, unreadable);
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            measuring.record(actor, id, number, day, note, now);
        }, "Measurement recorded.", model, redirect, response);
    }

    @PostMapping(ACHIEVEMENT)
    String proposeAchievement(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestParam(required = false) String evidence,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var input = new Submitted(null, null, null, null, null, FormErrors.NONE, ACHIEVE_FORM, null);
        return flow.run(actor, id, input, "", () -> lifecycle.proposeAchievement(actor, id, evidence, expected(version), now),
                "You proposed that the goal is achieved. It is achieved once the other side of the pair agrees.", model, redirect, response);
    }

    @PostMapping(ACHIEVEMENT_AGREEMENT)
    String agreeAchievement(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return flow.run(actor, id, Submitted.none(), "", () -> lifecycle.agreeAchievement(actor, id, expected(version), now),
                "You agreed: the goal is achieved. Well done, both of you.", model, redirect, response);
    }

    @PostMapping(ACHIEVEMENT_WITHDRAWAL)
    String withdrawAchievement(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return flow.run(actor, id, Submitted.none(), "", () -> lifecycle.withdrawAchievement(actor, id, expected(version), now),
                "The proposal that the goal is achieved was withdrawn; the goal stays active.", model, redirect, response);
    }

    @PostMapping(RETIREMENT)
    String retire(Actor actor, @RequestTime Instant now, @PathVariable GoalId id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var input = new Submitted(null, null, null, null, null, FormErrors.NONE, RETIRE_FORM, null);
        return flow.run(actor, id, input, "", () -> lifecycle.retire(actor, id, reason, expected(version), now),
                "The goal was retired; the reason stays with it.", model, redirect, response);
    }

    public static OptionalLong expected(Long version) {
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }
}
