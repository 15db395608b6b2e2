package org.tandem.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.mentorship.MentorshipController;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.MentorshipView;
import org.tandem.people.Actor;
import org.tandem.shared.CallerIdentity;
import org.tandem.shared.FormErrors;
import org.tandem.shared.FormValues;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.PageRequest;

/** The pair's peer-feedback page: ask a teammate, see who answered and what they said, revoke a link. */
@Controller
public class PeerFeedbackController {

    public static final String PAGE = "/mentorships/{id}/peer-feedback";
    public static final String REVOCATION = "/mentorships/{id}/peer-feedback/{requestId}/revocation";

    private final PeerFeedbackRequests requests;
    private final FeedbackQuality quality;

    PeerFeedbackController(PeerFeedbackRequests requests, FeedbackQuality quality) {
        this.requests = requests;
        this.quality = quality;
    }

    public static String path(UUID mentorshipId) {
        return PAGE.replace("{id}", mentorshipId.toString());
    }

    /**
     * The link to this page for the signed-in person if they are one of the pair, else null: the mentorship
     * page shows the card only to the two people who may open it.
     */
    public static String pathForViewer(MentorshipView mentorship) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CallerIdentity caller)) {
            return null;
        }
        boolean pair = caller.personId().equals(mentorship.mentor().id()) || caller.personId().equals(mentorship.mentee().id());
        return pair ? path(mentorship.id()) : null;
    }

    public record Invite(String email, String about, String dueOn) {
        static final Invite EMPTY = new Invite("", "", "");
    }

    /** One request on the page; {@code answer} is the answer cut for marking, or null while there is none. */
    public record Row(PeerFeedbackView request, Highlighted answer, String revokeAction) {

        public boolean open() {
            return request.status() == PeerFeedbackStatus.OPEN;
        }
    }

    /** {@code link} and {@code linkEmail} are set only right after inviting: the link is shown this once. */
    public record PeerFeedbackPage(UUID mentorshipId, String mentorName, String menteeName, String mentorshipPath, String action,
                                   List<Row> rows, Invite invite, FormErrors errors, String link, String linkEmail, String flash,
                                   LocalDate today) {
    }

    @GetMapping(PAGE)
    String page(Actor actor, @PathVariable MentorshipId id, Model model) {
        return render(actor, id, Invite.EMPTY, FormErrors.NONE, null, model);
    }

    /**
     * Renders the page with the link rather than redirecting: a redirect would carry the secret through the
     * session store, and we keep it nowhere but in this one answer.
     */
    @PostMapping(PAGE)
    String invite(Actor actor, @PathVariable MentorshipId id, @RequestParam(required = false) String email,
            @RequestParam(required = false) String about, @RequestParam(required = false) String dueOn, Model model,
            HttpServletResponse response) {
        var invite = new Invite(email, about, dueOn);
        try {
            var created = requests.create(actor, id, email, about, parse(dueOn));
            return render(actor, id, Invite.EMPTY, FormErrors.NONE, created, model);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(actor, id, invite, FormErrors.of(e), null, model);
        } catch (InvalidStateException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render(actor, id, invite, FormErrors.of("form", e.getMessage()), null, model);
        } catch (InvitationLimit.Exceeded e) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            return render(actor, id, invite, FormErrors.of("form", e.getMessage()), null, model);
        }
    }

    @PostMapping(REVOCATION)
    String revoke(Actor actor, @PathVariable MentorshipId id, @PathVariable UUID requestId, RedirectAttributes redirect) {
        try {
            var revoked = requests.revoke(actor, id, new PeerFeedbackRequestId(requestId));
            redirect.addFlashAttribute("flash", "The link for " + revoked.email() + " no longer works.");
        } catch (InvalidStateException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:" + path(id.value());
    }

    private String render(Actor actor, MentorshipId id, Invite invite, FormErrors errors, PeerFeedbackRequests.Created created,
            Model model) {
        var pair = requests.pair(actor, id);
        var rows = requests.list(actor, id, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(r -> new Row(r, r.answer() == null ? null : quality.highlight(r.answer().text(), r.answer().findings()),
                        REVOCATION.replace("{id}", id.toString()).replace("{requestId}", r.id().toString())))
                .toList();
        model.addAttribute("page", new PeerFeedbackPage(id.value(), pair.mentorName(), pair.menteeName(),
                MentorshipController.path(id.value()), path(id.value()), rows, invite, errors,
                created == null ? null : created.link(), created == null ? null : created.request().email(),
                (String) model.asMap().get("flash"), quality.today(actor.timeZone())));
        return "feedback/peerFeedback";
    }

    private static LocalDate parse(String value) {
        return FormValues.date(value, "dueOn");
    }
}
