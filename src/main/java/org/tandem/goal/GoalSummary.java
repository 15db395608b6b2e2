package org.tandem.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.tandem.mentorship.MentorshipId;

/**
 * A goal as other features show it (a check-in's data review, insight): what it is, where its indicator stands,
 * and the signals that ask for an adjustment. {@code latest} is null until something was measured; {@code pending} is
 * the revision waiting for the other side's agreement, if any (a check-in offers to agree to it in place).
 */
public record GoalSummary(GoalId id, MentorshipId mentorshipId, String title, GoalKind kind, GoalStatus status,
                          String indicatorName, String unit, BigDecimal baseline, BigDecimal target, Direction direction,
                          LocalDate dueOn, BigDecimal latest, LocalDate latestOn, int percent, List<Signal> signals,
                          PendingRevision pending) {

    /** A revision proposed and not yet agreed: its number and who proposed it (the other side agrees). */
    public record PendingRevision(GoalRevisionId id, int number, org.tandem.people.PersonId proposedBy) {
    }

    public GoalSummary(GoalId id, MentorshipId mentorshipId, String title, GoalKind kind, GoalStatus status, String indicatorName,
                       String unit, BigDecimal baseline, BigDecimal target, Direction direction, LocalDate dueOn, BigDecimal latest,
                       LocalDate latestOn, int percent, List<Signal> signals) {
        this(id, mentorshipId, title, kind, status, indicatorName, unit, baseline, target, direction, dueOn, latest, latestOn, percent,
                signals, null);
    }

    public GoalSummary {
        signals = List.copyOf(signals);
    }
}
