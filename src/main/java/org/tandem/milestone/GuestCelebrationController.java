package org.tandem.milestone;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.feedback.FeedbackBox;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.feedback.GuestResponses;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotFoundException;

/**
 * The one page a stakeholder's guest link opens: the milestone, the recognition, and a box for their own words, with
 * the same live check as every feedback box in Tandem (it points out trait words and vague praise; it never blocks).
 * Unknown and expired links get the same neutral "not found"; the page links nowhere into the app.
 */
@Controller
public class GuestCelebrationController {

    public static final String PAGE = "/guest/celebrations/{token}";
    public static final String CHECK = "/guest/celebrations/{token}/check";
    static final String BOX_ID = "words";

    private final Celebrations celebrations;
    private final FeedbackQuality quality;

    GuestCelebrationController(Celebrations celebrations, FeedbackQuality quality) {
        this.celebrations = celebrations;
        this.quality = quality;
    }

    public static String path(String token) {
        return PAGE.replace("{token}", token);
    }

    /** {@code box} is null once answered: the page then only thanks. */
    public record GuestPage(String menteeFirstName, String milestoneTitle, String recognition, String action, FeedbackBox box,
                            boolean justAnswered, FormErrors errors, String name) {

        public boolean form() {
            return box != null;
        }
    }

    @GetMapping(PAGE)
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = celebrations.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token),
                i.answered() ? null : box(token, i.menteeFirstName()), false, FormErrors.NONE, ""));
        return "milestone/guest";
    }

    @PostMapping(PAGE)
    String answer(@PathVariable String token, @RequestParam(required = false) String name, FeedbackDraft draft, Model model,
            HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = celebrations.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        try {
            celebrations.answer(token, name, draft.combined());
            model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token), null, true,
                    FormErrors.NONE, ""));
        } catch (NotFoundException e) {
            return gone(response);
        } catch (InvalidStateException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token), null, false,
                    FormErrors.NONE, ""));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormErrors errors = FormErrors.of(e);
            FeedbackBox box = box(token, i.menteeFirstName()).with(draft, null, draft.combined().isBlank()
                    ? FeedbackBox.blank(BOX_ID).findings() : quality.panel(BOX_ID, draft, null, java.time.ZoneOffset.UTC));
            model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token),
                    errors.has(StakeholderInvitation.WORDS) ? box.withError(errors.get(StakeholderInvitation.WORDS)) : box, false, errors,
                    name == null ? "" : name));
        }
        return "milestone/guest";
    }

    /** The live check of the words, for a link that still takes its answer. */
    @PostMapping(CHECK)
    String check(@PathVariable String token, FeedbackDraft draft, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        if (celebrations.invitation(token).filter(i -> !i.answered()).isEmpty()) {
            return gone(response);
        }
        model.addAttribute("panel", quality.panel(BOX_ID, draft, null, java.time.ZoneOffset.UTC));
        return "feedback/findings";
    }

    private static FeedbackBox box(String token, String menteeFirstName) {
        return FeedbackBox.blank(BOX_ID).checkedAt(CHECK.replace("{token}", token))
                .labelled("Your words", "What you saw " + menteeFirstName + " do, and what it changed for you or your team. "
                        + "The check below points out vague praise and words about character rather than what was done.");
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "milestone/guestGone";
    }
}
