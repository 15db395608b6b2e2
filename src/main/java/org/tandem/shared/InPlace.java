package org.tandem.shared;

import java.util.regex.Pattern;

/**
 * A form of one feature opened from another feature's page and answered there (decision 0093): the check-in opens
 * a goal's revision or a milestone's celebration without leaving. With JavaScript the form is loaded into the page's
 * {@code <dialog>}; a done form answers 204 with the {@link #DONE_EVENT} event, and the page closes the dialog and
 * refreshes its part. Without JavaScript the same form is a page of its own, and a done form redirects to
 * {@code returnTo}, the page and section it was opened from.
 *
 * @param returnTo where to go back to: a path of this application only, else null (then the form's own page)
 * @param dialog   the form was loaded into a dialog (an htmx request)
 */
public record InPlace(String returnTo, boolean dialog) {

    /** The request parameter and hidden field that carry the way back. */
    public static final String RETURN = "return";
    /** The event a done form answers with (an {@code HX-Trigger} header); its detail is the message to announce. */
    public static final String DONE_EVENT = "tandem:in-place-done";
    /** The id of the heading of a form loaded into a dialog, which labels the dialog. */
    public static final String TITLE_ID = "in-place-title";

    /**
     * A path of this application: one leading slash (not two, not a backslash, so never another host), then path
     * characters, an optional plain query ({@code ?open=adjust}) and {@code #fragment}; no scheme, spaces, percent
     * escapes or control characters.
     */
    private static final Pattern OWN_PATH = Pattern.compile(
            "/(?![/\\\\])[A-Za-z0-9/_.~-]{0,200}(\\?[A-Za-z0-9=&_-]{1,100})?(#[A-Za-z0-9_-]{1,60})?");

    public static final InPlace NONE = new InPlace(null, false);

    /** The way back as requested, kept only when it is a path of this application; anything else is dropped. */
    public static InPlace of(String requestedReturn, String hxRequest) {
        return new InPlace(safe(requestedReturn), "true".equalsIgnoreCase(hxRequest));
    }

    public static String safe(String requested) {
        if (requested == null || !OWN_PATH.matcher(requested).matches() || requested.contains("..")) {
            return null;
        }
        return requested;
    }

    /** Opened from another page: answer there rather than on the form's own page. */
    public boolean active() {
        return returnTo != null;
    }

    /** The path without its fragment, e.g. to link "back" in words. */
    public String returnPath() {
        return returnTo == null ? null : returnTo.split("#", 2)[0];
    }

    /** The {@code HX-Trigger} header value of a done form, with the message to announce. */
    public static String doneTrigger(String message) {
        return doneTrigger(message, false);
    }

    /** As above; {@code keepOpen}: the answer is shown in the dialog (e.g. links shown once) until the person closes it. */
    public static String doneTrigger(String message, boolean keepOpen) {
        return "{\"" + DONE_EVENT + "\":{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                + (keepOpen ? ",\"keepOpen\":true" : "") + "}}";
    }
}
