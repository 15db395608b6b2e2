package org.tandem.goal.signals;

import java.time.LocalDate;
import java.util.List;

import org.tandem.goal.Effort;
import org.tandem.goal.GoalSummary;
import org.tandem.goal.Signal;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalTerms;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.smart.SmartCheck;
import org.tandem.goal.smart.SmartVerdict;
import org.tandem.mentorship.Mentorship;

/**
 * A goal with everything its progress, signals and SMART verdicts are read from, loaded once per request so the
 * page, the API and the check-in feature compute them the same way. {@code today} is the reader's date.
 */
public record GoalState(Goal goal, Mentorship mentorship, List<Measurement> measurements, Effort effort, LocalDate today) {

    public GoalState {
        measurements = Measurement.chronological(measurements);
    }
    public Progress progress() {
        return Progress.of(goal, measurements);
    }
    public List<Signal> signals() {
        return GoalSignals.of(goal, measurements, effort, mentorship.cadence().intervalDays(), today);
    }

    /** The check as the goal now stands; with measurements, the pace behind "attainable" is checked too. */
    public SmartVerdict smart() {
        return SmartCheck.check(goal.terms().toDraft(), today, measurements);
    }
    public GoalSummary summary() {
        GoalTerms terms = goal.terms();
        Indicator indicator = terms.indicator();
        Progress progress = progress();
        return new GoalSummary(goal.id(), goal.mentorshipId(), terms.title(), terms.kind(), goal.status(), indicator.name(),
                indicator.unit(), indicator.baseline(), indicator.target(), indicator.direction(), terms.dueOn(),
                progress.latest(), progress.latestOn(), progress.percent(), signals(),
                goal.pendingRevision().map(r -> new GoalSummary.PendingRevision(r.id(), r.number(), r.proposedBy())).orElse(null));
    }
}
