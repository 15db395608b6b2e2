package org.tandem.checkin.support;

import java.util.ArrayList;
import java.util.List;

import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * Collects every field error of one input before failing, so a form shows all its problems at once
 * instead of one per round trip. Field names are the API's JSON names.
 */
public final class InputCheck {

    private final List<FieldError> errors = new ArrayList<>();

    public static InputCheck of() {
        return new InputCheck();
    }

    public InputCheck require(String field, Object value, String message) {
        if (value == null) {
            fail(field, message);
        }
        return this;
    }

    public InputCheck text(String field, String value, int maxLength, String whenMissing) {
        if (value == null || value.isBlank()) {
            fail(field, whenMissing);
        } else {
            maxLength(field, value, maxLength);
        }
        return this;
    }

    public InputCheck optionalText(String field, String value, int maxLength) {
        if (value != null) {
            maxLength(field, value, maxLength);
        }
        return this;
    }

    public InputCheck range(String field, Integer value, int min, int max) {
        if (value == null) {
            fail(field, "is required (" + min + " to " + max + ")");
        } else if (value < min || value > max) {
            fail(field, "must be between " + min + " and " + max);
        }
        return this;
    }

    public InputCheck when(boolean broken, String field, String message) {
        if (broken) {
            fail(field, message);
        }
        return this;
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void maxLength(String field, String value, int maxLength) {
        if (value.strip().length() > maxLength) {
            fail(field, "must be at most " + maxLength + " characters");
        }
    }

    private void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Stored text is stripped so that "  x " and "x" are the same answer; null stays null. */
    public static String clean(String text) {
        return text == null ? null : text.strip();
    }

    /** Optional text: blank means "not given". */
    public static String cleanOptional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
