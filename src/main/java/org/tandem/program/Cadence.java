package org.tandem.program;

import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/** How often a pair meets and for how long. */
public record Cadence(int intervalDays, int durationMinutes) {

    public static final Cadence FORTNIGHTLY = new Cadence(14, 45);

    /** Validates with field names under {@code prefix}, e.g. {@code defaultCadence.intervalDays}. */
    public static List<FieldError> problems(String prefix, Integer intervalDays, Integer durationMinutes) {
        List<FieldError> errors = new ArrayList<>();
        if (intervalDays == null || intervalDays < 1 || intervalDays > 180) {
            errors.add(new FieldError(prefix + "intervalDays", "must be between 1 and 180 days"));
        }
        if (durationMinutes == null || durationMinutes < 10 || durationMinutes > 240) {
            errors.add(new FieldError(prefix + "durationMinutes", "must be between 10 and 240 minutes"));
        }
        return errors;
    }

    public static Cadence of(String prefix, Integer intervalDays, Integer durationMinutes) {
        var errors = problems(prefix, intervalDays, durationMinutes);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Cadence(intervalDays, durationMinutes);
    }
}
