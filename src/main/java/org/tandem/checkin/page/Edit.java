package org.tandem.checkin.page;

import java.util.Map;
import java.util.Objects;

import org.tandem.shared.FormErrors;

/**
 * What happened to the last edit of one part of the check-in page, so that part can say it: saved, refused with
 * field errors, refused because someone else changed the same thing (with the reader's own text kept), or refused
 * for another reason. Every other part of the page renders as if nothing happened.
 *
 * @param fragment the id of the page part (see {@link CheckInRoutes})
 * @param item     within that part, the action item or risk the edit was about, if any
 * @param values   what the person typed, to put back into the form after a refusal
 */
public record Edit(String fragment, Outcome outcome, String message, FormErrors errors, Map<String, String> values, String item) {

    /** {@code ASKED}: nothing was refused, but the person is asked something before it is saved (see {@link #asking}). */
    public enum Outcome { NONE, SAVED, INVALID, CONFLICT, REFUSED, ASKED }

    public static final Edit NONE = new Edit("", Outcome.NONE, null, FormErrors.NONE, Map.of(), null);

    public Edit {
        values = values == null ? Map.of() : Map.copyOf(values);
        errors = errors == null ? FormErrors.NONE : errors;
    }

    /** Nothing happened yet: the part is shown as it is, e.g. with another question picked. */
    public static Edit showing(String fragment) {
        return new Edit(fragment, Outcome.NONE, null, FormErrors.NONE, Map.of(), null);
    }

    static Edit saved(String fragment, String message, String item) {
        return new Edit(fragment, Outcome.SAVED, message, FormErrors.NONE, Map.of(), item);
    }

    public static Edit invalid(String fragment, FormErrors errors, Map<String, String> values, String item) {
        return new Edit(fragment, Outcome.INVALID, "Please check the fields marked below.", errors, values, item);
    }

    static Edit conflict(String fragment, String message, Map<String, String> values, String item) {
        return new Edit(fragment, Outcome.CONFLICT, message, FormErrors.NONE, values, item);
    }

    public static Edit refused(String fragment, String message, Map<String, String> values, String item) {
        return new Edit(fragment, Outcome.REFUSED, message, FormErrors.NONE, values, item);
    }

    /** Not saved yet, and nothing wrong: the part asks the person one question first, with what they typed kept. */
    public static Edit asking(String fragment, String question, Map<String, String> values) {
        return new Edit(fragment, Outcome.ASKED, question, FormErrors.NONE, values, null);
    }

    /** This part is waiting for the person's answer to the question {@link #asking} put. */
    public boolean asked(String id) {
        return in(id) && outcome == Outcome.ASKED;
    }

    public boolean in(String id) {
        return id != null && !id.isEmpty() && fragment.equals(id);
    }

    /** This edit was about the given item of the part (or about the part's own form, when {@code item} is null). */
    public boolean about(String id, Object itemId) {
        return in(id) && Objects.equals(item, itemId == null ? null : itemId.toString());
    }

    public boolean saved(String id) {
        return in(id) && outcome == Outcome.SAVED;
    }

    public boolean conflict(String id) {
        return in(id) && outcome == Outcome.CONFLICT;
    }

    /** A refusal worth a message in this part: a conflict, or a rule that said no. */
    public boolean problem(String id, Object itemId) {
        return about(id, itemId) && (outcome == Outcome.CONFLICT || outcome == Outcome.REFUSED || outcome == Outcome.INVALID);
    }

    public FormErrors errors(String id, Object itemId) {
        return about(id, itemId) && outcome == Outcome.INVALID ? errors : FormErrors.NONE;
    }

    /** The typed value to put back after a refusal of this form; otherwise the fallback (usually empty or stored). */
    public String value(String id, Object itemId, String field, String fallback) {
        boolean refused = outcome == Outcome.INVALID || outcome == Outcome.REFUSED;
        return about(id, itemId) && refused && values.containsKey(field) ? values.get(field) : fallback;
    }

    /** After a conflict: what the person had typed and could not save, to compare with what is stored now. */
    public String kept(String id, String field) {
        return conflict(id) ? values.getOrDefault(field, "") : "";
    }
}
