package org.tandem.milestone;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.feedback.FeedbackBox;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.feedback.GuestFeedbackController;
import org.tandem.feedback.GuestFeedbackController.Ask;
import org.tandem.feedback.GuestResponses;
import org.tandem.feedback.Highlighted;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.StaleVersionException;

/**
 * The one page a stakeholder's guest link opens: the milestone, the recognition, and a box for their own words, with
 * the same live check as every feedback box in Tandem (it points out trait words and vague praise; it never blocks).
 * Unknown and expired links get the same neutral "not found"; the page links nowhere into the app.
 *
 * <p>Like guests' peer feedback (decision 0087), words with findings are held once with one question — send them as
 * they are, or edit them first? — and the guest may change or withdraw their words until the link runs out (0090).
 */
@Controller
public class GuestCelebrationController {

    public static final String PAGE = "/guest/celebrations/{token}";
    public static final String CHECK = "/guest/celebrations/{token}/check";
    public static final String CHANGE = "/guest/celebrations/{token}/words";
    public static final String WITHDRAWAL = "/guest/celebrations/{token}/withdrawal";
    static final String BOX_ID = "words";
    static final String CHANGE_BOX_ID = "change";

    private final Celebrations celebrations;
    private final FeedbackQuality quality;

    GuestCelebrationController(Celebrations celebrations, FeedbackQuality quality) {
        this.celebrations = celebrations;
        this.quality = quality;
    }

    public static String path(String token) {
        return PAGE.replace("{token}", token);
    }

    /**
     * The guest page. {@code box} is the words box while the link takes an answer, null once answered; {@code ask} is
     * the held question about the text in that box; {@code own} is the guest's words while they may change or
     * withdraw them; {@code notice} says what just happened.
     */
    public record GuestPage(String menteeFirstName, String milestoneTitle, String recognition, String action, FeedbackBox box, Ask ask,
                            boolean justAnswered, FormErrors errors, String name, OwnWords own, String notice) {

        public boolean form() {
            return box != null;
        }
    }

    /** The guest's own words, marked as the check sees them, with the forms to change or withdraw them. */
    public record OwnWords(String name, Highlighted words, long version, Instant changeableUntil, String changeAction, String withdrawAction,
                           FeedbackBox box, Ask ask, boolean open) {
    }

    @GetMapping(PAGE)
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = celebrations.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        model.addAttribute("page", i.answered() ? answered(token, i, false, null, null, null) : open(token, i, box(token, i), null, FormErrors.NONE, "", null));
        return "milestone/guest";
    }

    @PostMapping(PAGE)
    String answer(@PathVariable String token, @RequestParam(required = false) String name, FeedbackDraft draft,
            @RequestParam(name = GuestFeedbackController.CONFIRM, required = false) String confirm,
            @RequestParam(name = GuestFeedbackController.ASKED, required = false) String asked, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = celebrations.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        var question = i.answered() || name == null || name.isBlank() ? null : ask(draft, confirm, asked);
        if (question != null) {
            model.addAttribute("page", open(token, i, filled(box(token, i), BOX_ID, draft), question, FormErrors.NONE, name, null));
            return "milestone/guest";
        }
        try {
            celebrations.answer(token, name, draft.combined());
            model.addAttribute("page", answered(token, reread(token), true, null, null, null));
        } catch (NotFoundException e) {
            return gone(response);
        } catch (InvalidStateException e) {
            // Answered before: one answer only. Thank them again and change nothing.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("page", answered(token, i, false, null, null, null));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormErrors errors = FormErrors.of(e);
            FeedbackBox box = draft.combined().isBlank() ? box(token, i).with(draft, null, FeedbackBox.blank(BOX_ID).findings())
                    : filled(box(token, i), BOX_ID, draft);
            model.addAttribute("page", open(token, i, errors.has(StakeholderInvitation.WORDS) ? box.withError(errors.get(StakeholderInvitation.WORDS))
                    : box, null, errors, name == null ? "" : name, null));
        }
        return "milestone/guest";
    }

    /** The guest rewrites their words; asked once about a text with findings, like the first answer. */
    @PostMapping(CHANGE)
    String change(@PathVariable String token, FeedbackDraft draft, @RequestParam long version,
            @RequestParam(name = GuestFeedbackController.CONFIRM, required = false) String confirm,
            @RequestParam(name = GuestFeedbackController.ASKED, required = false) String asked, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = celebrations.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        var i = invitation.get();
        var question = ask(draft, confirm, asked);
        if (question != null && i.own() != null && i.own().version() == version) {
            model.addAttribute("page", answered(token, i, false, null, filled(changeBox(token), CHANGE_BOX_ID, draft), question));
            return "milestone/guest";
        }
        try {
            celebrations.revise(token, draft.combined(), version);
            model.addAttribute("page", answered(token, reread(token), false, "Your change is saved. Everyone who sees the celebration "
                    + "reads the new words, and that you edited them.", null, null));
        } catch (NotFoundException e) {
            return gone(response);
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return afterConflict(token, "You changed these words in another window meanwhile. What is stored now is shown; "
                    + "make your change again if you still want it.", model, response);
        } catch (InvalidStateException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return afterConflict(token, "These words can no longer be changed.", model, response);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", answered(token, i, false, null,
                    filled(changeBox(token), CHANGE_BOX_ID, draft).withError(FormErrors.of(e).get(StakeholderInvitation.WORDS)), null));
        }
        return "milestone/guest";
    }

    /** The guest withdraws their words: they are cleared, and the link takes an answer again until it runs out. */
    @PostMapping(WITHDRAWAL)
    String withdraw(@PathVariable String token, @RequestParam long version, Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        var invitation = celebrations.invitation(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        try {
            celebrations.withdraw(token, version);
            var now = reread(token);
            model.addAttribute("page", open(token, now, box(token, now), null, FormErrors.NONE, "", "Your words are withdrawn: they are "
                    + "deleted, and nobody sees them on the celebration any more. You can add new words while this link works."));
        } catch (NotFoundException e) {
            return gone(response);
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return afterConflict(token, "You changed these words in another window meanwhile; look at them again before you withdraw them.",
                    model, response);
        } catch (InvalidStateException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return afterConflict(token, "These words can no longer be withdrawn.", model, response);
        }
        return "milestone/guest";
    }

    /** The live check, for a link that still takes its answer, or words the guest may still change. */
    @PostMapping(CHECK)
    String check(@PathVariable String token, FeedbackDraft draft, @RequestParam(name = "box", required = false) String boxId,
            Model model, HttpServletResponse response) {
        GuestResponses.keepPrivate(response);
        boolean changing = CHANGE_BOX_ID.equals(boxId);
        var invitation = celebrations.invitation(token);
        if (invitation.filter(i -> changing ? i.own() != null : !i.answered()).isEmpty()) {
            return gone(response);
        }
        model.addAttribute("panel", quality.panel(changing ? CHANGE_BOX_ID : BOX_ID, draft, null, ZoneOffset.UTC));
        return "feedback/findings";
    }

    /** The question to hold a text with, or null to send it: asked once per text, and never after "add as they are". */
    private Ask ask(FeedbackDraft draft, String confirm, String asked) {
        return quality.askOnce(draft, confirm, asked, StakeholderInvitation.MAX_WORDS, "Not added yet",
                "Add your words as they are, or edit them first?");
    }

    private String afterConflict(String token, String notice, Model model, HttpServletResponse response) {
        var now = celebrations.invitation(token);
        if (now.isEmpty()) {
            return gone(response);
        }
        var i = now.get();
        model.addAttribute("page", i.answered() ? answered(token, i, false, notice, null, null)
                : open(token, i, box(token, i), null, FormErrors.NONE, "", notice));
        return "milestone/guest";
    }

    private Celebrations.GuestView reread(String token) {
        return celebrations.invitation(token).orElseThrow(() -> new NotFoundException("Invitation", "behind this link"));
    }

    private static GuestPage open(String token, Celebrations.GuestView i, FeedbackBox box, Ask ask, FormErrors errors, String name, String notice) {
        return new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token), box, ask, false, errors,
                name == null ? "" : name, null, notice);
    }

    /** The thanks, and the guest's own words with the forms to change them while they may; {@code box} re-shows a change. */
    private GuestPage answered(String token, Celebrations.GuestView i, boolean justAnswered, String notice, FeedbackBox box, Ask ask) {
        OwnWords own = null;
        var mine = i.own();
        if (mine != null) {
            var changeBox = box != null ? box : filled(changeBox(token), CHANGE_BOX_ID, new FeedbackDraft(mine.words(), null, null, null, null));
            own = new OwnWords(mine.name(), quality.highlight(mine.words(), quality.check(mine.words())), mine.version(), mine.changeableUntil(),
                    CHANGE.replace("{token}", token), WITHDRAWAL.replace("{token}", token), changeBox, ask, box != null);
        }
        return new GuestPage(i.menteeFirstName(), i.milestoneTitle(), i.recognition(), path(token), null, null, justAnswered, FormErrors.NONE, "",
                own, notice);
    }

    private FeedbackBox filled(FeedbackBox box, String id, FeedbackDraft draft) {
        return box.with(draft, null, quality.panel(id, draft, null, ZoneOffset.UTC));
    }

    private static FeedbackBox box(String token, Celebrations.GuestView i) {
        return FeedbackBox.blank(BOX_ID).checkedAt(CHECK.replace("{token}", token))
                .labelled("Your words", "What you saw " + i.menteeFirstName() + " do, and what it changed for you or your team. "
                        + "The check below points out vague praise and words about character rather than what was done.");
    }

    private static FeedbackBox changeBox(String token) {
        return FeedbackBox.blank(CHANGE_BOX_ID).checkedAt(CHECK.replace("{token}", token))
                .labelled("Your words, changed", "Rewrite them as you would like them to be read. Only the new words are kept.");
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "milestone/guestGone";
    }
}
