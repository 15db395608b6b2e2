package org.tandem.checkin;

import java.util.Objects;
import java.util.UUID;

import org.tandem.shared.Ids;

/** A check-in: one session of a mentorship. */
public record CheckInId(UUID value) {

    public CheckInId {
        Objects.requireNonNull(value, "CheckInId needs a value");
    }

    public static CheckInId of(String text) {
        return new CheckInId(UUID.fromString(text));
    }

    public static CheckInId next() {
        return new CheckInId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
