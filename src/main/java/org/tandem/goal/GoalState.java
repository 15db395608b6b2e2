package org.tandem.goal;

import java.time.LocalDate;
import java.util.List;

import org.tandem.mentorship.Mentorship;

/**
 * A goal with everything its progress, signals and SMART verdicts are read from, loaded once per request so the
 * page, the API and the check-in feature compute them the same way. {@code today} is the reader's date.
 */
record GoalState(Goal goal, Mentorship mentorship, List<Measurement> measurements, Effort effort, LocalDate today) {

    GoalState {
        measurements = Measurement.chronological(measurements);
    }

    Progress progress() {
        return Progress.of(goal, measurements);
    }

    List<Signal> signals() {
        return GoalSignals.of(goal, measurements, effort, mentorship.cadence().intervalDays(), today);
    }

    /** The check as the goal now stands; with measurements, the pace behind "attainable" is checked too. */
    SmartVerdict smart() {
        return SmartCheck.check(goal.terms().toDraft(), today, measurements);
    }

    GoalSummary summary() {
        GoalTerms terms = goal.terms();
        Indicator indicator = terms.indicator();
        Progress progress = progress();
        return new GoalSummary(goal.id(), goal.mentorshipId(), terms.title(), terms.kind(), goal.status(), indicator.name(),
                indicator.unit(), indicator.baseline(), indicator.target(), indicator.direction(), terms.dueOn(),
                progress.latest(), progress.latestOn(), progress.percent(), signals());
    }
}
