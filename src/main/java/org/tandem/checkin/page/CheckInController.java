package org.tandem.checkin.page;

import static org.tandem.checkin.CheckInRoutes.CANCEL;
import static org.tandem.checkin.CheckInRoutes.CARD;
import static org.tandem.checkin.CheckInRoutes.COMPLETE;
import static org.tandem.checkin.CheckInRoutes.LIST;
import static org.tandem.checkin.CheckInRoutes.PAGE;
import static org.tandem.checkin.CheckInRoutes.RESCHEDULE;
import static org.tandem.checkin.CheckInRoutes.START;
import static org.tandem.checkin.CheckInRoutes.path;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalLong;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.checkin.CheckInView;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInService;
import org.tandem.mentorship.MentorshipController;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.FormValues;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.StaleVersionException;
import org.tandem.shared.RequestTime;

/**
 * The check-in page, a mentorship's list of check-ins with the form to schedule the next one, and the moves of
 * a check-in's lifecycle. Those moves change the whole page, so they are plain form posts that redirect back.
 */
@Controller
class CheckInController {

    private final CheckInService checkIns;
    private final CheckInPages pages;

    CheckInController(CheckInService checkIns, CheckInPages pages) {
        this.checkIns = checkIns;
        this.pages = pages;
    }

    @GetMapping(PAGE)
    String page(Actor actor, @PathVariable CheckInId id, @RequestParam(required = false) String question,
            @RequestParam(required = false) String open, Model model) {
        // ?open=<part>: back from a form opened from that part (decision 0093), its section unfolded
        Edit shown = open != null && open.matches("[a-z-]{1,40}") ? Edit.showing(open) : Edit.NONE;
        model.addAttribute("page", pages.page(actor, id, shown, (String) model.asMap().get("flash"), question));
        return "checkin/checkIn";
    }

    @GetMapping(LIST)
    String list(Actor actor, @PathVariable MentorshipId id, Model model) {
        return list(actor, id, FormErrors.NONE, null, null, (String) model.asMap().get("flash"), model);
    }

    /** The check-ins card of the mentorship page, loaded into it; nobody outside the pair and admins gets one. */
    @GetMapping(CARD)
    String card(Actor actor, @PathVariable MentorshipId id, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("page", listPage(actor, id, FormErrors.NONE, null, null, null));
            return "checkin/card";
        } catch (org.tandem.shared.NotFoundException leadOrOutsider) {
            // The card replaces itself with nothing: a program lead sees the pair, not its check-ins.
            response.setStatus(200);
            return "checkin/nothing";
        }
    }

    @PostMapping(LIST)
    String schedule(Actor actor, @RequestTime Instant now, @PathVariable MentorshipId id, @RequestParam(required = false) String scheduledAt,
            @RequestParam(required = false) Integer durationMinutes, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            CheckInView view = checkIns.schedule(actor, id, FormValues.instant(scheduledAt, actor.timeZone(), "scheduledAt"), durationMinutes, now);
            redirect.addFlashAttribute("flash", "Check-in scheduled. Anything you add before it starts is here when you meet.");
            return "redirect:" + path(PAGE, view.id());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return list(actor, id, FormErrors.of(e), scheduledAt, durationMinutes == null ? null : durationMinutes.toString(), null, model);
        } catch (NotAllowedException | InvalidStateException e) {
            response.setStatus(e instanceof NotAllowedException ? 403 : 409);
            return list(actor, id, FormErrors.of("scheduledAt", e.getMessage()), scheduledAt, null, null, model);
        }
    }

    @PostMapping(START)
    String start(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return move(actor, id, "Started. The first section's clock is running.", model, redirect, response,
                () -> checkIns.start(actor, id, OptionalLong.empty(), now));
    }

    @PostMapping(COMPLETE)
    String complete(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return move(actor, id, "Completed. The summary is written; both of you find it below.", model, redirect, response,
                () -> checkIns.complete(actor, id, OptionalLong.empty(), now));
    }

    @PostMapping(CANCEL)
    String cancel(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam long version, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return move(actor, id, "Cancelled. The reason is kept with the check-in.", model, redirect, response,
                () -> checkIns.cancel(actor, id, reason, OptionalLong.of(version), now));
    }

    @PostMapping(RESCHEDULE)
    String reschedule(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam long version, @RequestParam(required = false) String scheduledAt,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return move(actor, id, "Moved.", model, redirect, response,
                () -> checkIns.reschedule(actor, id, FormValues.instant(scheduledAt, actor.timeZone(), "scheduledAt"), OptionalLong.of(version), now));
    }

    private String move(Actor actor, CheckInId id, String done, Model model, RedirectAttributes redirect, HttpServletResponse response,
            Runnable move) {
        try {
            move.run();
            redirect.addFlashAttribute("flash", done);
            return "redirect:" + path(PAGE, id);
        } catch (InvalidInputException | InvalidStateException | NotAllowedException | StaleVersionException e) {
            response.setStatus(e instanceof InvalidInputException ? 400 : e instanceof NotAllowedException ? 403 : 409);
            String message = e instanceof InvalidInputException invalid ? FormErrors.of(invalid).byField().entrySet().stream()
                    .map(x -> x.getKey() + " " + x.getValue()).reduce((a, b) -> a + "; " + b).orElse(e.getMessage()) : e.getMessage();
            model.addAttribute("page", pages.page(actor, id, Edit.refused("lifecycle", message, java.util.Map.of(), null), null, null));
            return "checkin/checkIn";
        }
    }

    private String list(Actor actor, MentorshipId id, FormErrors errors, String scheduledAt, String duration, String flash, Model model) {
        model.addAttribute("page", listPage(actor, id, errors, scheduledAt, duration, flash));
        return "checkin/list";
    }

    private CheckInListPage listPage(Actor actor, MentorshipId id, FormErrors errors, String scheduledAt, String duration, String flash) {
        CheckInService.Overview overview = checkIns.overview(actor, id);
        return new CheckInListPage(overview, MentorshipController.path(id.value()), errors,
                scheduledAt != null ? scheduledAt : local(overview.suggestedAt(), actor.timeZone()),
                duration != null ? duration : String.valueOf(overview.defaultDurationMinutes()), flash);
    }

    private static String local(Instant at, ZoneId zone) {
        return at == null ? "" : at.atZone(zone).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }
}
