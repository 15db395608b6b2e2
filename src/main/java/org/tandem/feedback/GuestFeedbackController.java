package org.tandem.feedback;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotFoundException;

/**
 * The one page a peer-feedback guest link opens, for someone without an account. It shows only what the
 * invitation is about and the mentee's first name, takes one answer, and links nowhere into the app. Unknown,
 * revoked and expired links all get the same neutral "not found", so a link reveals nothing about why.
 */
@Controller
public class GuestFeedbackController {

    public static final String PAGE = "/guest/feedback/{token}";
    public static final String CHECK = "/guest/feedback/{token}/check";
    public static final String BOX_ID = "answer";

    private final PeerFeedbackRequests requests;
    private final FeedbackQuality quality;

    GuestFeedbackController(PeerFeedbackRequests requests, FeedbackQuality quality) {
        this.requests = requests;
        this.quality = quality;
    }

    public static String path(String token) {
        return PAGE.replace("{token}", token);
    }

    /** {@code box} is null once answered: the page then only thanks. */
    public record GuestPage(String menteeFirstName, String about, java.time.LocalDate dueOn, String action, FeedbackBox box,
                            boolean justAnswered) {
    }

    @GetMapping(PAGE)
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = requests.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.about(), i.dueOn(), path(token),
                i.answered() ? null : box(token), false));
        return "feedback/guest";
    }

    @PostMapping(PAGE)
    String answer(@PathVariable String token, FeedbackDraft draft, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = requests.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        try {
            requests.answer(token, draft);
            model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.about(), i.dueOn(), path(token), null, true));
        } catch (NotFoundException e) {
            return gone(response);
        } catch (InvalidStateException e) {
            // Answered before: one answer only. Thank them again and change nothing.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.about(), i.dueOn(), path(token), null, false));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String error = FormErrors.of(e).get(FeedbackBox.TEXT);
            model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.about(), i.dueOn(), path(token),
                    box(token).with(draft, null, quality.panel(BOX_ID, draft, null, java.time.ZoneOffset.UTC)).withError(error), false));
        }
        return "feedback/guest";
    }

    /** The live check, for an open link only. */
    @PostMapping(CHECK)
    String check(@PathVariable String token, FeedbackDraft draft, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        if (!requests.acceptsAnswer(token)) {
            return gone(response);
        }
        model.addAttribute("panel", quality.panel(BOX_ID, draft, null, java.time.ZoneOffset.UTC));
        return "feedback/findings";
    }

    private static FeedbackBox box(String token) {
        return FeedbackBox.blank(BOX_ID).checkedAt(CHECK.replace("{token}", token))
                .labelled("Your feedback", "One or two moments you saw yourself: what happened, what they did, what it changed, "
                        + "and what you would like them to try or keep doing.");
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "feedback/guestGone";
    }
}
