package org.tandem.goal.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.tandem.goal.GoalId;
import org.tandem.goal.MeasurementId;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * One observed value of a goal's indicator. {@code observedOn} is when it was true, {@code recordedAt} when it
 * was typed in; progress and projections use the former, so late entries still land in the right place.
 */
public record Measurement(MeasurementId id, GoalId goalId, BigDecimal value, LocalDate observedOn, String note,
                   PersonId recordedBy, Instant recordedAt) {
    public static final String VALUE = "value", OBSERVED_ON = "observedOn", NOTE = "note";

    /** Oldest observation first; same-day entries in the order they were recorded. */
    static final Comparator<Measurement> CHRONOLOGICAL =
            Comparator.comparing(Measurement::observedOn).thenComparing(Measurement::recordedAt);

    public Measurement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(value, VALUE);
        Objects.requireNonNull(observedOn, OBSERVED_ON);
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Use {@link Goal#recordMeasurement}, which also checks who records and for which goal. */
    static Measurement record(GoalId goalId, BigDecimal value, LocalDate observedOn, String note, Signature recorded, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (value == null) {
            errors.add(new FieldError(VALUE, "Give the value you observed"));
        }
        if (observedOn == null) {
            errors.add(new FieldError(OBSERVED_ON, "Give the date the value was observed"));
        } else if (observedOn.isAfter(today)) {
            errors.add(new FieldError(OBSERVED_ON, observedOn + " is after today (" + today + "); record values once they have been observed"));
        }
        if (note != null && note.strip().length() > 2000) {
            errors.add(new FieldError(NOTE, "Keep the note under 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Measurement(MeasurementId.next(), goalId, value, observedOn, Text.stripToNull(note), recorded.by(), recorded.at());
    }
    public static List<Measurement> chronological(List<Measurement> measurements) {
        return measurements.stream().sorted(CHRONOLOGICAL).toList();
    }
}
