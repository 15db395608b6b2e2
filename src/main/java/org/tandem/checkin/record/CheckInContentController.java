package org.tandem.checkin.record;

import java.time.Instant;
import static org.tandem.checkin.CheckInRoutes.ANSWERS;
import static org.tandem.checkin.CheckInRoutes.FEEDBACK;
import static org.tandem.checkin.CheckInRoutes.FEEDBACK_ENTRY;
import static org.tandem.checkin.CheckInRoutes.FEEDBACK_WITHDRAW;
import static org.tandem.checkin.CheckInRoutes.FEEDBACK_ID;
import static org.tandem.checkin.CheckInRoutes.GROWTH;
import static org.tandem.checkin.CheckInRoutes.GROWTH_ID;
import static org.tandem.checkin.CheckInRoutes.INTERPRETATION;
import static org.tandem.checkin.CheckInRoutes.INTERPRETATION_ID;
import static org.tandem.checkin.CheckInRoutes.NOTES;
import static org.tandem.checkin.CheckInRoutes.NOTES_ID;
import static org.tandem.checkin.CheckInRoutes.OBSERVATIONS;
import static org.tandem.checkin.CheckInRoutes.OBSERVATIONS_ID;
import static org.tandem.checkin.CheckInRoutes.PAGE;
import static org.tandem.checkin.CheckInRoutes.SKIP;
import static org.tandem.checkin.CheckInRoutes.TAKEAWAY;
import static org.tandem.checkin.CheckInRoutes.TAKEAWAY_ID;
import static org.tandem.checkin.CheckInRoutes.WINS;
import static org.tandem.checkin.CheckInRoutes.WINS_ID;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.checkin.CheckInContentService;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.checkin.page.CheckInResponses;
import org.tandem.checkin.page.Edit;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.people.Actor;
import org.tandem.shared.FormValues;
import org.tandem.shared.RequestTime;

/**
 * What the pair writes into the check-in from the page, each part saved on its own: observations, the
 * interpretation, growth questions, feedback, wins and notes. Every handler answers through {@link CheckInResponses}.
 */
@Controller
public class CheckInContentController {

    /** The form field that carries the text the page asked about ("send as it is, or edit?"). */
    static final String ASKED = "asked";
    /** The "send as it is" answer to that question. */
    static final String CONFIRM = "confirm";
    static final String AS_IS = "as-it-is";

    private final CheckInContentService content;
    private final CheckInResponses responses;
    private final FeedbackQuality quality;

    CheckInContentController(CheckInContentService content, CheckInResponses responses, FeedbackQuality quality) {
        this.content = content;
        this.responses = responses;
        this.quality = quality;
    }

    @PostMapping(OBSERVATIONS)
    String observe(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, OBSERVATIONS_ID, form, htmx, model, redirect, response);
        return responses.run(request, "Observation saved", () -> content.observe(actor, id, form.get("kind"), form.get("text"),
                date(form.get("observedOn"), "observedOn"), now), stale -> stale.getMessage());
    }

    @PostMapping(INTERPRETATION)
    String interpret(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form, @RequestParam long version,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, INTERPRETATION_ID, form, htmx, model, redirect, response);
        return responses.run(request, "Interpretation saved",
                () -> content.interpret(actor, id, form.get("worked"), form.get("didNotWork"), form.get("why"), OptionalLong.of(version), now),
                stale -> {
                    var stored = content.interpretation(actor, id);
                    return (stored.updatedBy() == null ? "Someone" : stored.updatedBy().displayName())
                            + " saved the interpretation while you were writing. What is stored now is in the form; your text is kept below it. "
                            + "Merge the two and save again.";
                });
    }

    @PostMapping(TAKEAWAY)
    String takeAway(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form, @RequestParam long version,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, TAKEAWAY_ID, form, htmx, model, redirect, response);
        return responses.run(request, "Takeaway saved", () -> content.takeAway(actor, id, form.get("text"), OptionalLong.of(version), now),
                stale -> {
                    var stored = content.takeaway(actor, id);
                    return (stored.updatedBy() == null ? "Someone" : stored.updatedBy().displayName())
                            + " saved the takeaway while you were writing. What is stored now is in the form; your text is kept below it. "
                            + "Merge the two and save again.";
                });
    }

    /** The growth part with another question picked; a link without JavaScript, a swap with it. */
    @GetMapping(GROWTH)
    String growth(Actor actor, @PathVariable CheckInId id, @RequestParam(required = false) String question,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!CheckInResponses.isFragmentRequest(htmx)) {
            return "redirect:" + CheckInRoutes.path(PAGE, id) + (question == null ? "" : "?question=" + question) + "#" + GROWTH_ID;
        }
        return responses.part(request(actor, id, GROWTH_ID, Map.of(), htmx, model, redirect, response), Edit.showing(GROWTH_ID), question);
    }

    @PostMapping(ANSWERS)
    String answer(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        String item = form.get("promptId") == null || form.get("promptId").isBlank() ? "own" : form.get("promptId");
        var request = new CheckInResponses.Request(actor, id, GROWTH_ID, item, form, CheckInResponses.isFragmentRequest(htmx), model, redirect,
                response);
        return responses.run(request, "Answer saved",
                () -> content.answer(actor, id, form.get("promptId"), form.get("question"), form.get("answer"), now), stale -> stale.getMessage());
    }

    @PostMapping(SKIP)
    String skip(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable String promptId, @RequestParam Map<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, GROWTH_ID, form, htmx, model, redirect, response);
        return responses.run(request, "Question skipped", () -> content.skipPrompt(actor, id, promptId, now), stale -> stale.getMessage());
    }

    /**
     * The feedback box's rule: free text wins when it is filled in; otherwise the four steps are the feedback. When
     * the check finds something in a text, the page asks once — send it as it is, or edit it first? — before saving.
     * "Send as it is" ({@code confirm=as-it-is}) sends what the form holds; the form also carries the text it asked
     * about ({@code asked}), so sending that same text again does not ask twice. Nothing is blocked: an edited text
     * is checked again, and asked about again only if it still has findings.
     */
    @PostMapping(FEEDBACK)
    String feedback(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, FEEDBACK_ID, form, htmx, model, redirect, response);
        var draft = new FeedbackDraft(form.get("text"), form.get("situation"), form.get("behaviour"), form.get("impact"), form.get("nextStep"));
        String words = draft.combined();
        boolean asIs = AS_IS.equals(form.get(CONFIRM));
        int findings = asIs || words.isBlank() || words.equals(form.get(ASKED)) ? 0 : quality.check(words).size();
        // only someone who could send it is asked; anyone else gets the refusal of the send itself
        if (findings > 0 && content.mayGiveFeedback(actor, id)) {
            return responses.part(request, Edit.asking(FEEDBACK_ID, "Not sent yet: the check found " + (findings == 1 ? "one thing" : findings + " things")
                            + " to look at. Send it as it is, or edit it first?", withAsked(form, words)), null);
        }
        boolean freeText = form.get("text") != null && !form.get("text").isBlank();
        return responses.run(request, "Feedback saved", () -> {
            if (freeText) {
                content.giveFeedback(actor, id, form.get("text"), null, null, null, null, now);
            } else {
                content.giveFeedback(actor, id, null, form.get("situation"), form.get("behaviour"), form.get("impact"), form.get("nextStep"), now);
            }
        }, stale -> stale.getMessage());
    }

    /** The giver rewrites an entry from the page: its text, or its four parts when it was given in parts. */
    @PostMapping(FEEDBACK_ENTRY)
    String reviseFeedback(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable UUID entryId, @RequestParam Map<String, String> form,
            @RequestParam long version,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = new CheckInResponses.Request(actor, id, FEEDBACK_ID, entryId.toString(), form, CheckInResponses.isFragmentRequest(htmx),
                model, redirect, response);
        return responses.run(request, "Feedback changed", () -> content.reviseFeedback(actor, id, entryId, form.get("text"),
                form.get("situation"), form.get("behaviour"), form.get("impact"), form.get("nextStep"), OptionalLong.of(version), now),
                stale -> "You changed this feedback elsewhere meanwhile. What is stored now is shown; your text is kept in the form.");
    }

    @PostMapping(FEEDBACK_WITHDRAW)
    String withdrawFeedback(Actor actor, @PathVariable CheckInId id, @PathVariable UUID entryId, @RequestParam Map<String, String> form,
            @RequestParam long version,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = new CheckInResponses.Request(actor, id, FEEDBACK_ID, entryId.toString(), form, CheckInResponses.isFragmentRequest(htmx),
                model, redirect, response);
        return responses.run(request, "Feedback withdrawn", () -> content.withdrawFeedback(actor, id, entryId, OptionalLong.of(version)),
                stale -> "You changed this feedback elsewhere meanwhile; look at it again before you withdraw it.");
    }

    private static Map<String, String> withAsked(Map<String, String> form, String words) {
        Map<String, String> values = new LinkedHashMap<>(form);
        values.put(ASKED, words);
        return values;
    }

    @PostMapping(WINS)
    String win(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, WINS_ID, form, htmx, model, redirect, response);
        return responses.run(request, "Win saved", () -> content.nameWin(actor, id, form.get("text"), now), stale -> stale.getMessage());
    }

    @PostMapping(NOTES)
    String note(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestParam Map<String, String> form,
            @RequestHeader(value = CheckInResponses.HTMX, required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var request = request(actor, id, NOTES_ID, form, htmx, model, redirect, response);
        String saved = "PRIVATE".equals(form.get("visibility")) ? "Private note saved: only you can read it" : "Note saved for both of you";
        return responses.run(request, saved, () -> content.writeNote(actor, id, form.get("text"), form.get("visibility"), now),
                stale -> stale.getMessage());
    }

    public static LocalDate date(String value, String field) {
        return FormValues.date(value, field);
    }

    private static CheckInResponses.Request request(Actor actor, CheckInId id, String fragment, Map<String, String> form, String htmx,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return new CheckInResponses.Request(actor, id, fragment, null, form, CheckInResponses.isFragmentRequest(htmx), model, redirect,
                response);
    }
}
