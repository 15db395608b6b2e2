package org.tandem.goal;

import java.util.Objects;
import java.util.UUID;

import org.tandem.shared.Ids;

/** A goal a mentee works toward within one mentorship. */
public record GoalId(UUID value) {

    public GoalId {
        Objects.requireNonNull(value, "GoalId needs a value");
    }

    public static GoalId of(String text) {
        return new GoalId(UUID.fromString(text));
    }
    public static GoalId next() {
        return new GoalId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
