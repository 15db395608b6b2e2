package org.tandem.checkin.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.MENTORSHIP_START;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckInAt;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckInAtWith;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckInAt;
import static org.tandem.checkin.session.CheckInFixtures.openActions;
import static org.tandem.checkin.session.CheckInFixtures.scheduledCheckInAt;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.page.Review.MeasurementChange;
import org.tandem.checkin.page.Review.ReachedMilestone;
import org.tandem.checkin.record.Observation;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInFixtures.CheckInWithActions;

class ReviewTests {

    private static final Instant FIRST = SCHEDULED_AT;
    private static final Instant SECOND = FIRST.plus(Duration.ofDays(14));
    private static final Instant THIRD = SECOND.plus(Duration.ofDays(14));

    @Test
    void theFirstCheckInReviewsEverythingSinceTheMentorshipStarted() {
        CheckIn first = scheduledCheckInAt(FIRST);

        assertThat(Review.since(first, outcomes(List.of(first)), MENTORSHIP_START)).isEqualTo(MENTORSHIP_START);
    }

    @Test
    void laterCheckInsReviewSinceThePreviousCompletedOne() {
        CheckIn first = completedCheckInAt(FIRST);
        CheckIn second = completedCheckInAt(SECOND);
        CheckIn third = inProgressCheckInAt(THIRD);
        List<CheckIn> all = List.of(first, second, third);

        assertThat(Review.since(third, outcomes(all), MENTORSHIP_START)).isEqualTo(second.completedAt());
        assertThat(Review.since(second, outcomes(all), MENTORSHIP_START)).as("a completed one looks back at the one before it")
                .isEqualTo(first.completedAt());
    }

    @Test
    void missedAndCancelledCheckInsAreNotAReviewPoint() {
        CheckIn first = completedCheckInAt(FIRST);
        CheckIn missed = scheduledCheckInAt(SECOND).markMissed(SECOND.plus(CheckIn.MISSED_GRACE));
        CheckIn cancelled = scheduledCheckInAt(SECOND.plusSeconds(3600)).cancel(MENTEE, "Conference week", SECOND);
        CheckIn third = scheduledCheckInAt(THIRD);

        assertThat(Review.since(third, outcomes(List.of(first, missed, cancelled, third)), MENTORSHIP_START)).isEqualTo(first.completedAt());
    }

    @Test
    void thePrefilledReviewSortsActionsIntoDoneOpenAndOverdue() {
        CheckInWithActions first = completedCheckInAtWith(FIRST, openActions(3));
        Instant since = first.checkIn().completedAt();
        ActionItem done = first.actions().get(0).done(MENTEE, since.plus(Duration.ofDays(2)));
        ActionItem overdue = first.actions().get(2);
        ActionItem open = first.actions().get(1).replan(overdue.dueOn().plusDays(10), MENTEE, since.plus(Duration.ofDays(3)));
        LocalDate today = overdue.dueOn().plusDays(1);

        Review review = Review.prefill(since, List.of(), List.of(done, open, overdue), today, List.of(), List.of());

        assertThat(review.actionItemsDone()).containsExactly(done);
        assertThat(review.actionItemsOpen()).as("soonest due first").containsExactly(overdue, open);
        assertThat(review.actionItemsOverdue()).as("overdue items are open ones past their date").containsExactly(overdue);
    }

    @Test
    void onlyWhatHappenedSinceTheLastCheckInIsReviewed() {
        CheckIn first = completedCheckInAt(FIRST);
        CheckIn second = inProgressCheckInAt(SECOND);
        Instant since = first.completedAt();
        UUID goal = UUID.randomUUID();
        var old = new ReachedMilestone(goal, "First paid customer", since.minusSeconds(60));
        var recent = new ReachedMilestone(goal, "Ten paid customers", since.plusSeconds(3600));
        Observation seen = Observation.log(second, Observation.Kind.BEHAVIOR, "Led the design review calmly",
                LocalDate.ofInstant(SECOND, ZoneOffset.UTC), MENTOR, SECOND.plusSeconds(60));

        Review review = Review.prefill(since, List.of(), List.of(), LocalDate.ofInstant(SECOND, ZoneOffset.UTC),
                List.of(old, recent), List.of(seen));

        assertThat(review.since()).isEqualTo(since);
        assertThat(review.milestonesReached()).containsExactly(recent);
        assertThat(review.observations()).containsExactly(seen);
    }

    @Test
    void aMeasurementShowsFromToAndTheChange() {
        UUID goal = UUID.randomUUID();

        assertThat(new MeasurementChange(goal, "p95 latency", new BigDecimal("420"), new BigDecimal("310.5")).change())
                .isEqualByComparingTo("-109.5");
        assertThat(new MeasurementChange(goal, "p95 latency", null, new BigDecimal("310.5")).change())
                .as("a first measurement has nothing to compare with").isNull();
    }

    private static List<org.tandem.checkin.session.CheckInRepository.Outcome> outcomes(List<CheckIn> checkIns) {
        return checkIns.stream().map(org.tandem.checkin.session.CheckInRepository.Outcome::of).toList();
    }
}
