package org.tandem.goal;

import java.util.Objects;
import java.util.UUID;

import org.tandem.shared.Ids;

/** One observed value of a goal's indicator. */
public record MeasurementId(UUID value) {

    public MeasurementId {
        Objects.requireNonNull(value, "MeasurementId needs a value");
    }

    public static MeasurementId of(String text) {
        return new MeasurementId(UUID.fromString(text));
    }
    public static MeasurementId next() {
        return new MeasurementId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
