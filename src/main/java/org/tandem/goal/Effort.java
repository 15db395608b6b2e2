package org.tandem.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Work put into a goal during a window: action items done and hours spent. The check-in feature will compute
 * it from action items linked to the goal; until then callers pass {@link #none()}, and the signals that need
 * effort stay silent rather than guess.
 */
public record Effort(int doneActionItems, BigDecimal hoursSpent, LocalDate from, LocalDate to) {

    public Effort {
        hoursSpent = hoursSpent == null ? BigDecimal.ZERO : hoursSpent;
        if (doneActionItems < 0 || hoursSpent.signum() < 0) {
            throw new IllegalArgumentException("Effort cannot be negative");
        }
        boolean hasWindow = from != null && to != null;
        if (!isNone(doneActionItems, hoursSpent) && !hasWindow) {
            throw new IllegalArgumentException("Effort needs the window it was spent in");
        }
        if (hasWindow && to.isBefore(from)) {
            throw new IllegalArgumentException("The effort window ends before it starts");
        }
    }

    public static Effort none() {
        return new Effort(0, BigDecimal.ZERO, null, null);
    }

    public static Effort of(int doneActionItems, BigDecimal hoursSpent, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return new Effort(doneActionItems, hoursSpent, from, to);
    }

    public boolean isNone() {
        return isNone(doneActionItems, hoursSpent);
    }

    private static boolean isNone(int items, BigDecimal hours) {
        return items == 0 && hours.signum() == 0;
    }
}
