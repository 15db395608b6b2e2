package org.tandem.goal;

import java.util.Objects;
import java.util.UUID;

import org.tandem.shared.Ids;

/** One proposed change to a goal, kept in its history whether applied or withdrawn. */
public record GoalRevisionId(UUID value) {

    public GoalRevisionId {
        Objects.requireNonNull(value, "GoalRevisionId needs a value");
    }

    public static GoalRevisionId of(String text) {
        return new GoalRevisionId(UUID.fromString(text));
    }
    public static GoalRevisionId next() {
        return new GoalRevisionId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
