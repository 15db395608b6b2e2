package org.tandem.feedback;

import java.time.LocalDate;

/**
 * The model of {@code feedback/feedbackBox.jte}: a feedback text area that is checked as the person types,
 * with the structured form (situation, behaviour, impact, next step) one click away. The box is not a form
 * of its own, so it can sit inside the form that saves the feedback; its inputs are named {@link #TEXT},
 * {@link #SITUATION}, {@link #BEHAVIOUR}, {@link #IMPACT}, {@link #NEXT_STEP} (and {@link #EVENT_ON} when
 * asked), which bind to a {@link FeedbackDraft}.
 *
 * @param id        prefix of every element id in the box; unique on the page
 * @param checkUrl  where the live check posts: {@link FeedbackController#CHECK} for signed-in people
 * @param label     the text area's label
 * @param hint      a line under the label, or null
 * @param draft     what is already written
 * @param findings  the panel as first shown (after a failed save, say); {@link FindingsPanel#empty} otherwise
 * @param error     a message for the text, e.g. from saving; null when none
 */
public record FeedbackBox(String id, String checkUrl, String label, String hint, FeedbackDraft draft, FindingsPanel findings,
                          boolean askEventDate, LocalDate eventOn, String error) {

    public static final String TEXT = "text";
    public static final String SITUATION = "situation";
    public static final String BEHAVIOUR = "behaviour";
    public static final String IMPACT = "impact";
    public static final String NEXT_STEP = "nextStep";
    public static final String EVENT_ON = "eventOn";
    /** The parameters the live check sends, so a box inside a larger form sends nothing else. */
    public static final String PARAMS = String.join(",", TEXT, SITUATION, BEHAVIOUR, IMPACT, NEXT_STEP, EVENT_ON, "box");
    /** How long the person pauses before the check runs. */
    public static final String TRIGGER = "input changed delay:400ms";

    /** An empty box with the default label, checked by the signed-in check endpoint. */
    public static FeedbackBox blank(String id) {
        return new FeedbackBox(id, FeedbackController.CHECK, "Feedback",
                "Say what happened, what they did, what it changed, and what to try next.", FeedbackDraft.EMPTY,
                FindingsPanel.empty(id), false, null, null);
    }

    public FeedbackBox checkedAt(String url) {
        return new FeedbackBox(id, url, label, hint, draft, findings, askEventDate, eventOn, error);
    }

    public FeedbackBox labelled(String newLabel, String newHint) {
        return new FeedbackBox(id, checkUrl, newLabel, newHint, draft, findings, askEventDate, eventOn, error);
    }

    /** Adds the "When did it happen?" date, which lets the check say when feedback comes too late. */
    public FeedbackBox askingEventDate() {
        return new FeedbackBox(id, checkUrl, label, hint, draft, findings, true, eventOn, error);
    }

    public FeedbackBox with(FeedbackDraft newDraft, LocalDate newEventOn, FindingsPanel panel) {
        return new FeedbackBox(id, checkUrl, label, hint, newDraft, panel, askEventDate, newEventOn, error);
    }

    public FeedbackBox withError(String message) {
        return new FeedbackBox(id, checkUrl, label, hint, draft, findings, askEventDate, eventOn, message);
    }

    /** The steps start open when they hold something, so nothing written is hidden. */
    public boolean stepsOpen() {
        return !(draft.situation().isBlank() && draft.behaviour().isBlank() && draft.impact().isBlank() && draft.nextStep().isBlank());
    }

    public String fieldId(String name) {
        return id + "-" + name;
    }

    public String findingsId() {
        return id + "-findings";
    }
}
