package org.tandem.checkin.session;

import java.time.Instant;
import static org.tandem.checkin.CheckInRoutes.AGENDA_ID;
import static org.tandem.checkin.CheckInRoutes.BEGIN;
import static org.tandem.checkin.CheckInRoutes.NEXT;
import static org.tandem.checkin.CheckInRoutes.TIME;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInService;
import org.tandem.checkin.page.CheckInResponses;
import org.tandem.people.Actor;
import org.tandem.program.SectionKind;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.RequestTime;

/**
 * Running the agenda from the page: begin a section, move to the next, correct the time a section took. Moving on
 * is never refused for being based on an older page (nothing is overwritten by it); a time correction is, because
 * it replaces a number the other person may just have set.
 */
@Controller
class CheckInAgendaController {

    private final CheckInService checkIns;
    private final CheckInResponses responses;

    CheckInAgendaController(CheckInService checkIns, CheckInResponses responses) {
        this.checkIns = checkIns;
        this.responses = responses;
    }

    @PostMapping(BEGIN)
    String begin(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable SectionKind kind, @RequestParam Map<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, form, htmx, model, redirect, response);
        return responses.run(request, "Now on this section", () -> checkIns.beginSection(actor, id, kind, OptionalLong.empty(), now),
                stale -> stale.getMessage());
    }

    @PostMapping(NEXT)
    String next(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, form, htmx, model, redirect, response);
        return responses.run(request, "On to the next section", () -> checkIns.nextSection(actor, id, OptionalLong.empty(), now),
                stale -> stale.getMessage());
    }

    @PostMapping(TIME)
    String time(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable SectionKind kind, @RequestParam Map<String, String> form,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String minutes,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = new CheckInResponses.Request(actor, id, AGENDA_ID, kind.name(), form, CheckInResponses.isFragmentRequest(htmx), model,
                redirect, response);
        return responses.run(request, "Time corrected", () -> checkIns.recordTime(actor, id, kind, seconds(minutes),
                        version == null ? OptionalLong.empty() : OptionalLong.of(version), now),
                stale -> "The other person changed the agenda's times meanwhile. Here is what is stored now; set the time again if it is still wrong.");
    }

    private static long seconds(String minutes) {
        try {
            return Math.round(Double.parseDouble(minutes == null ? "" : minutes.strip().replace(',', '.')) * 60);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("minutes", "must be a number of minutes, e.g. 7 or 7.5");
        }
    }

    private static CheckInResponses.Request request(Actor actor, CheckInId id, Map<String, String> form, String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return new CheckInResponses.Request(actor, id, AGENDA_ID, null, form, CheckInResponses.isFragmentRequest(htmx), model, redirect,
                response);
    }
}
