package org.tandem.checkin.page;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.record.Observation;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInRepository;

/**
 * The data review, pre-filled when a check-in opens: what changed since the previous completed check-in.
 * The repository gathers the raw material; {@link #prefill} decides what belongs in which list, so that rule
 * is tested here and not buried in SQL.
 *
 * <p>{@code actionItemsOverdue} is a subset of {@code actionItemsOpen}: an overdue item is still open.
 */
public record Review(Instant since, List<MeasurementChange> measurements, List<ActionItem> actionItemsDone,
              List<ActionItem> actionItemsOpen, List<ActionItem> actionItemsOverdue,
              List<ReachedMilestone> milestonesReached, List<Observation> observations) {

    public Review {
        measurements = List.copyOf(measurements);
        actionItemsDone = List.copyOf(actionItemsDone);
        actionItemsOpen = List.copyOf(actionItemsOpen);
        actionItemsOverdue = List.copyOf(actionItemsOverdue);
        milestonesReached = List.copyOf(milestonesReached);
        observations = List.copyOf(observations);
    }

    /** A goal indicator's value at {@code since} (null if it had none yet) and its latest value now. */
    public record MeasurementChange(UUID goalId, String goalTitle, BigDecimal from, BigDecimal to) {

        /** Null when there is nothing to compare with; direction (better or worse) is the goal's to judge. */
        public BigDecimal change() {
            return from == null || to == null ? null : to.subtract(from);
        }
    }

    public record ReachedMilestone(UUID goalId, String title, Instant reachedAt) {
    }

    static Review prefill(Instant since, List<MeasurementChange> measurements, Collection<ActionItem> actionItems,
                          LocalDate today, Collection<ReachedMilestone> milestones, Collection<Observation> observations) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(today, "today");
        List<ActionItem> open = actionItems.stream().filter(ActionItem::isOpen)
                                           .sorted(Comparator.comparing(ActionItem::dueOn)).toList();
        return new Review(since, measurements,
                actionItems.stream().filter(i -> i.status() == ActionItem.Status.DONE && i.closure().at().isAfter(since))
                           .sorted(Comparator.comparing(i -> i.closure().at())).toList(),
                open,
                open.stream().filter(i -> i.isOverdueOn(today)).toList(),
                milestones.stream().filter(m -> m.reachedAt().isAfter(since))
                          .sorted(Comparator.comparing(ReachedMilestone::reachedAt)).toList(),
                observations.stream().filter(o -> o.recordedAt().isAfter(since))
                            .sorted(Comparator.comparing(Observation::observedOn)).toList());
    }

    /**
     * Since when to review: the completion of the latest check-in completed before {@code current} (a check-in
     * still open compares with all completed ones), or the start of the mentorship for the first check-in.
     * Missed and cancelled check-ins do not count: nothing was reviewed in them.
     */
    public static Instant since(CheckIn current, Collection<CheckInRepository.Outcome> checkInsOfTheMentorship, Instant mentorshipStart) {
        return checkInsOfTheMentorship.stream()
                .filter(other -> other.status() == CheckInStatus.COMPLETED && !other.id().equals(current.id()))
                .map(CheckInRepository.Outcome::completedAt)
                .filter(at -> current.completedAt() == null || at.isBefore(current.completedAt()))
                .max(Comparator.naturalOrder())
                .orElse(mentorshipStart);
    }
}
