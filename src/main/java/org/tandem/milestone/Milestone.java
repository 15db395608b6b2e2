package org.tandem.milestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.tandem.goal.Direction;
import org.tandem.goal.GoalId;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;

/**
 * A step on the way to a goal: a title, an optional threshold of the goal's indicator and an optional due date.
 * It moves once, from OPEN to REACHED: when a measurement reaches the threshold in the goal's direction
 * ({@link #reachedByMeasurement}), or when a person says so with evidence ({@link #reach}).
 */
record Milestone(MilestoneId id, OrganizationId organizationId, MentorshipId mentorshipId, GoalId goalId, String title,
                 BigDecimal threshold, LocalDate dueOn, Status status, Instant reachedAt, PersonId reachedBy,
                 UUID measurementId, String evidence, PersonId createdBy, Instant createdAt, long version) {

    enum Status { OPEN, REACHED }

    static final String TITLE = "title", THRESHOLD = "threshold", DUE_ON = "dueOn", EVIDENCE = "evidence";
    static final int MAX_TITLE = 200, MAX_EVIDENCE = 2000;

    Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(status, "status");
        if ((status == Status.REACHED) != (reachedAt != null)) {
            throw new IllegalArgumentException("Milestone " + id + " is " + status + " but its reachedAt says otherwise");
        }
    }

    /** What the pair knows about the goal when planning: its indicator's baseline and direction. */
    record GoalLine(BigDecimal baseline, Direction direction) {
    }

    static Milestone plan(OrganizationId organization, MentorshipId mentorship, GoalId goal, GoalLine line, String title,
                          BigDecimal threshold, LocalDate dueOn, PersonId by, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            errors.add(new FieldError(TITLE, "Name the milestone, e.g. \"First release reviewed by the team\""));
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.add(new FieldError(TITLE, "Keep the title under " + MAX_TITLE + " characters"));
        }
        if (threshold != null) {
            if (threshold.scale() > 4 || threshold.abs().compareTo(new BigDecimal("1000000000000000")) >= 0) {
                errors.add(new FieldError(THRESHOLD, "Use at most four decimals and fifteen digits before the point"));
            } else if (!beyond(threshold, line.baseline(), line.direction())) {
                errors.add(new FieldError(THRESHOLD, "The threshold has to lie " + (line.direction() == Direction.INCREASE ? "above" : "below")
                        + " the goal's baseline of " + line.baseline().stripTrailingZeros().toPlainString() + ", the way the indicator should move"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Milestone(new MilestoneId(Ids.next()), organization, mentorship, goal, cleanTitle, threshold, dueOn, Status.OPEN,
                null, null, null, null, by, now, 0);
    }

    /** Whether {@code value} reaches the threshold in the goal's direction; a milestone without a threshold is never reached by numbers. */
    boolean crossedBy(BigDecimal value, Direction direction) {
        return threshold != null && value != null && !beyond(threshold, value, direction);
    }

    /** Reached by a measurement, with nobody clicking. Empty when the value does not reach the threshold or it was reached before. */
    java.util.Optional<Milestone> reachedByMeasurement(BigDecimal value, Direction direction, UUID measurement, Instant now) {
        if (status != Status.OPEN || !crossedBy(value, direction)) {
            return java.util.Optional.empty();
        }
        String said = "The indicator reached " + value.stripTrailingZeros().toPlainString() + ", past the threshold of "
                + threshold.stripTrailingZeros().toPlainString() + ".";
        return java.util.Optional.of(new Milestone(id, organizationId, mentorshipId, goalId, title, threshold, dueOn, Status.REACHED, now,
                null, measurement, said, createdBy, createdAt, version));
    }

    /** A person marks it reached and says what shows it. */
    Milestone reach(PersonId by, String evidenceText, Instant now) {
        if (status == Status.REACHED) {
            throw new InvalidStateException("This milestone was already reached; celebrate it instead");
        }
        String clean = evidenceText == null ? "" : evidenceText.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(EVIDENCE, "Say what shows the milestone is reached: a result, a link, what someone noticed");
        }
        if (clean.length() > MAX_EVIDENCE) {
            throw new InvalidInputException(EVIDENCE, "Keep the evidence under " + MAX_EVIDENCE + " characters");
        }
        return new Milestone(id, organizationId, mentorshipId, goalId, title, threshold, dueOn, Status.REACHED, now, by, null, clean,
                createdBy, createdAt, version);
    }

    boolean isReached() {
        return status == Status.REACHED;
    }

    boolean reachedAutomatically() {
        return isReached() && reachedBy == null;
    }

    /** True when {@code value} lies strictly beyond {@code from} in the direction of travel. */
    private static boolean beyond(BigDecimal value, BigDecimal from, Direction direction) {
        int compared = value.compareTo(from);
        return direction == Direction.INCREASE ? compared > 0 : compared < 0;
    }
}
