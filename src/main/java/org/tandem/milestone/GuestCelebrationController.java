package org.tandem.milestone;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotFoundException;

/**
 * The one page a stakeholder's guest link opens: the milestone, the recognition, and a box for their own words.
 * Unknown and expired links get the same neutral "not found"; the page links nowhere into the app.
 */
@Controller
public class GuestCelebrationController {

    public static final String PAGE = "/guest/celebrations/{token}";

    private final Celebrations celebrations;

    GuestCelebrationController(Celebrations celebrations) {
        this.celebrations = celebrations;
    }

    public static String path(String token) {
        return PAGE.replace("{token}", token);
    }

    /** {@code form} false once answered: the page then only thanks. */
    public record GuestPage(String menteeFirstName, String milestoneTitle, String recognition, String action, boolean form, boolean justAnswered,
                            FormErrors errors, String name, String words) {
    }

    @GetMapping(PAGE)
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        noStore(response);
        var invitation = celebrations.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token), !i.answered(), false,
                FormErrors.NONE, "", ""));
        return "milestone/guest";
    }

    @PostMapping(PAGE)
    String answer(@PathVariable String token, @RequestParam(required = false) String name, @RequestParam(required = false) String words,
            Model model, HttpServletResponse response) {
        noStore(response);
        var invitation = celebrations.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        try {
            celebrations.answer(token, name, words);
            model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token), false, true,
                    FormErrors.NONE, "", ""));
        } catch (NotFoundException e) {
            return gone(response);
        } catch (InvalidStateException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token), false, false,
                    FormErrors.NONE, "", ""));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token), true, false,
                    FormErrors.of(e), name == null ? "" : name, words == null ? "" : words));
        }
        return "milestone/guest";
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "milestone/guestGone";
    }

    /** A guest link is a secret: keep its pages out of caches and search engines. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
