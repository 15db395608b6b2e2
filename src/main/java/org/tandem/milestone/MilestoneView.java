package org.tandem.milestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A milestone as pages show it; {@code threshold} is already written with the goal's unit, or null. */
public record MilestoneView(UUID id, UUID goalId, String title, String threshold, LocalDate dueOn, String status, Instant reachedAt,
                            String evidence, boolean automatic, long version, String path) {

    static MilestoneView of(Milestone m, String unit) {
        return new MilestoneView(m.id().value(), m.goalId().value(), m.title(), m.threshold() == null ? null : show(m.threshold(), unit),
                m.dueOn(), m.status().name(), m.reachedAt(), m.evidence(), m.reachedAutomatically(), m.version(), MilestoneController.page(m.id()));
    }

    public boolean reached() {
        return "REACHED".equals(status);
    }

    static String show(BigDecimal value, String unit) {
        String number = value.stripTrailingZeros().toPlainString();
        return unit == null ? number : unit.equals("%") ? number + "%" : number + " " + unit;
    }
}
