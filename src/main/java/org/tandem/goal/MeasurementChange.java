package org.tandem.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a goal's indicator did since an instant, for a check-in's data review. {@code before} is the latest value
 * known at that instant (null if nothing had been measured), {@code after} the latest value now, both in the order
 * the values were observed; {@code recordedSince} counts the measurements entered after the instant.
 */
public record MeasurementChange(GoalId goalId, String goalTitle, String indicatorName, String unit, Direction direction,
                                BigDecimal target, BigDecimal before, BigDecimal after, LocalDate afterObservedOn,
                                int recordedSince) {

    /** Movement toward the target (negative: away from it), or null when there is nothing to compare with. */
    public BigDecimal movedTowardTarget() {
        return before == null || after == null ? null : direction.toward(before, after);
    }
}
