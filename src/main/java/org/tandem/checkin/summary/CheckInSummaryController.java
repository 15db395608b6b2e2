package org.tandem.checkin.summary;

import java.time.Instant;
import static org.tandem.checkin.CheckInRoutes.AUTONOMY;
import static org.tandem.checkin.CheckInRoutes.PAGE;
import static org.tandem.checkin.CheckInRoutes.RATING;
import static org.tandem.checkin.CheckInRoutes.SUMMARY;
import static org.tandem.checkin.CheckInRoutes.SUMMARY_MARKDOWN;
import static org.tandem.checkin.CheckInRoutes.path;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInService;
import org.tandem.checkin.actionplan.CheckInPlanController;
import org.tandem.checkin.page.CheckInPages;
import org.tandem.checkin.page.Edit;
import org.tandem.checkin.session.CheckInApiController;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.RequestTime;

/** After a check-in: its summary as a page and as a Markdown download, the mentee's rating and the mentor's autonomy rating. */
@Controller
class CheckInSummaryController {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final CheckInService checkIns;
    private final CheckInPages pages;

    CheckInSummaryController(CheckInService checkIns, CheckInPages pages) {
        this.checkIns = checkIns;
        this.pages = pages;
    }

    @GetMapping(SUMMARY)
    String summary(Actor actor, @PathVariable CheckInId id, Model model) {
        model.addAttribute("page", new CheckInSummaryPage(checkIns.get(actor, id), checkIns.summary(actor, id)));
        return "checkin/summary";
    }

    @GetMapping(SUMMARY_MARKDOWN)
    ResponseEntity<String> markdown(Actor actor, @PathVariable CheckInId id) {
        var summary = checkIns.summary(actor, id);
        String file = "check-in-" + FILE_DATE.format(summary.generatedAt()) + ".md";
        return ResponseEntity.ok()
                .contentType(CheckInApiController.MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(summary.markdown());
    }

    @PostMapping(RATING)
    String rate(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return rating(actor, id, "rating", form, model, redirect, response, "Thank you. Your rating is yours: your mentor sees that you rated, not how, unless you share your ratings on your pair's page.",
                () -> checkIns.rate(actor, id, CheckInPlanController.number(form.get("clarity"), "clarity"),
                        CheckInPlanController.number(form.get("usefulness"), "usefulness"),
                        CheckInPlanController.number(form.get("support"), "support"), form.get("comment"), now));
    }

    @PostMapping(AUTONOMY)
    String autonomy(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return rating(actor, id, "autonomy", form, model, redirect, response, "Autonomy rating saved.",
                () -> checkIns.rateAutonomy(actor, id, CheckInPlanController.number(form.get("rating"), "rating"), now));
    }

    private String rating(Actor actor, CheckInId id, String fragment, Map<String, String> form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String done, Runnable rate) {
        try {
            rate.run();
            redirect.addFlashAttribute("flash", done);
            return "redirect:" + path(PAGE, id) + "#" + fragment;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("page", pages.page(actor, id, Edit.invalid(fragment, FormErrors.of(e), form, null), null, null));
        } catch (InvalidStateException | NotAllowedException e) {
            response.setStatus(e instanceof NotAllowedException ? 403 : 409);
            model.addAttribute("page", pages.page(actor, id, Edit.refused(fragment, e.getMessage(), form, null), null, null));
        }
        return "checkin/checkIn";
    }
}
