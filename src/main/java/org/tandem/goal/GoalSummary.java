package org.tandem.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.tandem.mentorship.MentorshipId;

/**
 * A goal as other features show it (a check-in's data review, insight): what it is, where its indicator stands,
 * and the signals that ask for an adjustment. {@code latest} is null until something was measured.
 */
public record GoalSummary(GoalId id, MentorshipId mentorshipId, String title, GoalKind kind, GoalStatus status,
                          String indicatorName, String unit, BigDecimal baseline, BigDecimal target, Direction direction,
                          LocalDate dueOn, BigDecimal latest, LocalDate latestOn, int percent, List<Signal> signals) {

    public GoalSummary {
        signals = List.copyOf(signals);
    }
}
