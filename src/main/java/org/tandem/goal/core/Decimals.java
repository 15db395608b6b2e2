package org.tandem.goal.core;

import java.math.BigDecimal;
import java.util.List;

import org.tandem.shared.InvalidInputException.FieldError;

/**
 * Numbers as stored: up to 15 digits before the point and 4 after (numeric(19,4)). A value with more is
 * refused rather than rounded in silence, because the history must show what was typed.
 */
public final class Decimals {

    static final int MAX_SCALE = 4;
    static final int MAX_INTEGER_DIGITS = 15;

    private Decimals() {
    }

    /** 40.0000 → 40, 1E+1 → 10: how numbers are shown and compared in text. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Adds an error for every value that would not fit unchanged; nulls are someone else's concern. */
    static void check(List<FieldError> errors, String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        BigDecimal plain = plain(value);
        if (plain.scale() > MAX_SCALE) {
            errors.add(new FieldError(field, "Use at most " + MAX_SCALE + " decimal places"));
        } else if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            errors.add(new FieldError(field, "Use a number with at most " + MAX_INTEGER_DIGITS + " digits before the decimal point"));
        }
    }
}
