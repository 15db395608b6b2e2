package org.tandem.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.feedback.PeerFeedbackRequests.Invitation;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.StaleVersionException;

/**
 * The one page a peer-feedback guest link opens, for someone without an account. It shows only what the
 * invitation is about and the mentee's first name, takes one answer, and links nowhere into the app. Unknown,
 * revoked and expired links all get the same neutral "not found", so a link reveals nothing about why.
 *
 * <p>Like feedback in a check-in (decision 0079), a text with findings is held once with one question — send it as
 * it is, or edit it first? — and nothing is blocked; the guest may change or withdraw the answer until the link
 * runs out (decision 0087).
 */
@Controller
public class GuestFeedbackController {

    public static final String PAGE = "/guest/feedback/{token}";
    public static final String CHECK = "/guest/feedback/{token}/check";
    public static final String CHANGE = "/guest/feedback/{token}/answer";
    public static final String WITHDRAWAL = "/guest/feedback/{token}/withdrawal";
    public static final String BOX_ID = "answer";
    public static final String CHANGE_BOX_ID = "change";
    /** The form field that carries the text the page asked about, so sending that same text again does not ask twice. */
    public static final String ASKED = "asked";
    /** The "send as it is" answer to the question: {@code confirm=as-it-is}. */
    public static final String CONFIRM = "confirm";
    public static final String AS_IS = "as-it-is";

    private final PeerFeedbackRequests requests;
    private final FeedbackQuality quality;

    GuestFeedbackController(PeerFeedbackRequests requests, FeedbackQuality quality) {
        this.requests = requests;
        this.quality = quality;
    }

    public static String path(String token) {
        return PAGE.replace("{token}", token);
    }

    /**
     * The guest page. {@code box} is the answer box while the link takes an answer, null once answered; {@code ask}
     * is the held question about the text in the box that has it; {@code own} is the guest's answer while they may
     * change or withdraw it; {@code notice} says what just happened.
     */
    public record GuestPage(String menteeFirstName, String about, LocalDate dueOn, String action, FeedbackBox box, Ask ask,
                            boolean justAnswered, OwnAnswer own, String notice) {
    }

    /** "Not sent yet: … Send it as it is, or edit it first?" about {@code text}. */
    public record Ask(String message, String text) {
    }

    /** The guest's own answer, marked like the pair sees it, with the forms to change or withdraw it. */
    public record OwnAnswer(Highlighted answer, long version, Instant changeableUntil, String changeAction, String withdrawAction,
                            FeedbackBox box, Ask ask, boolean open) {
    }

    @GetMapping(PAGE)
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = requests.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        model.addAttribute("page", i.answered() ? answered(token, i, false, null, null, null) : open(token, i, box(token), null, null));
        return "feedback/guest";
    }

    @PostMapping(PAGE)
    String answer(@PathVariable String token, FeedbackDraft draft, @RequestParam(name = CONFIRM, required = false) String confirm,
            @RequestParam(name = ASKED, required = false) String asked, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = requests.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        var question = i.answered() ? null : ask(draft, confirm, asked);
        if (question != null) {
            model.addAttribute("page", open(token, i, filled(box(token), BOX_ID, draft), question, null));
            return "feedback/guest";
        }
        try {
            requests.answer(token, draft);
            model.addAttribute("page", answered(token, reread(token), true, null, null, null));
        } catch (NotFoundException e) {
            return gone(response);
        } catch (InvalidStateException e) {
            // Answered before: one answer only. Thank them again and change nothing.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("page", answered(token, i, false, null, null, null));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", open(token, i, filled(box(token), BOX_ID, draft).withError(FormErrors.of(e).get(FeedbackBox.TEXT)), null, null));
        }
        return "feedback/guest";
    }

    /** The guest rewrites their answer; asked once about a text with findings, like the first answer. */
    @PostMapping(CHANGE)
    String change(@PathVariable String token, FeedbackDraft draft, @RequestParam long version,
            @RequestParam(name = CONFIRM, required = false) String confirm, @RequestParam(name = ASKED, required = false) String asked,
            Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = requests.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        var question = ask(draft, confirm, asked);
        if (question != null && i.ownAnswer() != null && i.ownAnswer().version() == version) {
            model.addAttribute("page", answered(token, i, false, null, filled(changeBox(token), CHANGE_BOX_ID, draft), question));
            return "feedback/guest";
        }
        try {
            requests.reviseAnswer(token, draft, version);
            model.addAttribute("page", answered(token, reread(token), false, "Your change is saved. " + i.menteeFirstName()
                    + " and their mentor see the new words, and that you edited them.", null, null));
        } catch (NotFoundException e) {
            return gone(response);
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return afterConflict(token, "You changed this feedback in another window meanwhile. What is stored now is shown; "
                    + "make your change again if you still want it.", model, response);
        } catch (InvalidStateException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return afterConflict(token, "This feedback can no longer be changed.", model, response);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", answered(token, i, false, null,
                    filled(changeBox(token), CHANGE_BOX_ID, draft).withError(FormErrors.of(e).get(FeedbackBox.TEXT)), null));
        }
        return "feedback/guest";
    }

    /** The guest withdraws their answer: it is deleted, and the link takes an answer again until it runs out. */
    @PostMapping(WITHDRAWAL)
    String withdraw(@PathVariable String token, @RequestParam long version, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = requests.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        try {
            requests.withdrawAnswer(token, version);
            model.addAttribute("page", open(token, reread(token), box(token), null, "Your feedback is withdrawn: it is deleted, and "
                    + i.menteeFirstName() + " and their mentor no longer see it. You can write a new answer while this link works."));
        } catch (NotFoundException e) {
            return gone(response);
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return afterConflict(token, "You changed this feedback in another window meanwhile; look at it again before you withdraw it.",
                    model, response);
        } catch (InvalidStateException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return afterConflict(token, "This feedback can no longer be withdrawn.", model, response);
        }
        return "feedback/guest";
    }

    /** The live check, for an open link, or an answer the guest may still change. */
    @PostMapping(CHECK)
    String check(@PathVariable String token, FeedbackDraft draft, @RequestParam(name = "box", required = false) String boxId,
            Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        boolean changing = CHANGE_BOX_ID.equals(boxId);
        boolean checkable = changing ? requests.invitation(token).map(i -> i.ownAnswer() != null).orElse(false) : requests.acceptsAnswer(token);
        if (!checkable) {
            return gone(response);
        }
        model.addAttribute("panel", quality.panel(changing ? CHANGE_BOX_ID : BOX_ID, draft, null, ZoneOffset.UTC));
        return "feedback/findings";
    }

    /** The question to hold a text with, or null to send it: asked once per text, and never after "send as it is". */
    private Ask ask(FeedbackDraft draft, String confirm, String asked) {
        return quality.askOnce(draft, confirm, asked, FeedbackQuality.MAX_LENGTH, "Not sent yet", "Send it as it is, or edit it first?");
    }

    private String afterConflict(String token, String notice, Model model, HttpServletResponse response) {
        var now = requests.invitation(token);
        if (now.isEmpty()) {
            return gone(response);
        }
        var i = now.get();
        model.addAttribute("page", i.answered() ? answered(token, i, false, notice, null, null) : open(token, i, box(token), null, notice));
        return "feedback/guest";
    }

    private Invitation reread(String token) {
        return requests.invitation(token).orElseThrow(() -> new NotFoundException("Invitation", "behind this link"));
    }

    private static GuestPage open(String token, Invitation i, FeedbackBox box, Ask ask, String notice) {
        return new GuestPage(i.menteeFirstName(), i.about(), i.dueOn(), path(token), box, ask, false, null, notice);
    }

    /** The thanks, and the guest's own answer with the forms to change it while they may; {@code box} re-shows a change. */
    private GuestPage answered(String token, Invitation i, boolean justAnswered, String notice, FeedbackBox box, Ask ask) {
        OwnAnswer own = null;
        var mine = i.ownAnswer();
        if (mine != null) {
            var changeBox = box != null ? box : filled(changeBox(token), CHANGE_BOX_ID, new FeedbackDraft(mine.text(), null, null, null, null));
            own = new OwnAnswer(quality.highlight(mine.text(), quality.check(mine.text())), mine.version(), mine.changeableUntil(),
                    CHANGE.replace("{token}", token), WITHDRAWAL.replace("{token}", token), changeBox, ask, box != null);
        }
        return new GuestPage(i.menteeFirstName(), i.about(), i.dueOn(), path(token), null, null, justAnswered, own, notice);
    }

    private FeedbackBox filled(FeedbackBox box, String id, FeedbackDraft draft) {
        return box.with(draft, null, quality.panel(id, draft, null, ZoneOffset.UTC));
    }

    private static FeedbackBox box(String token) {
        return FeedbackBox.blank(BOX_ID).checkedAt(CHECK.replace("{token}", token))
                .labelled("Your feedback", "One or two moments you saw yourself: what happened, what they did, what it changed, "
                        + "and what you would like them to try or keep doing.");
    }

    private static FeedbackBox changeBox(String token) {
        return FeedbackBox.blank(CHANGE_BOX_ID).checkedAt(CHECK.replace("{token}", token))
                .labelled("Your feedback, changed", "Rewrite it as you would like it to be read. Only the new words are kept.");
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "feedback/guestGone";
    }
}
