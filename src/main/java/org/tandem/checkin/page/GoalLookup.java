package org.tandem.checkin.page;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/**
 * What a check-in needs to know about the mentorship's goals, which the goal feature owns: the active goals with
 * their adjustment signals (ADJUST), how each indicator moved since the last check-in (REVIEW), and the goal
 * revisions proposed during a check-in (its summary). Read-only; {@link GoalsOfMentorship} answers it through the
 * goal feature's public read API.
 */
public interface GoalLookup {

    /** Goals of the mentorship that are ACTIVE, with their current signals. */
    List<ActiveGoal> activeGoals(OrganizationId organization, MentorshipId mentorship);

    /** Per goal indicator: its value at {@code since} (null if none yet) and its latest value, for goals measured since then. */
    List<IndicatorChange> measurementsSince(OrganizationId organization, MentorshipId mentorship, Instant since);

    /** Goal revisions proposed or agreed between the two instants, in words, for the check-in's summary. */
    List<Revision> revisionsBetween(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to);

    /**
     * @param path where the goal's page is, with its revision form (the goal feature decides the route)
     */
    record ActiveGoal(UUID id, String title, String indicator, String unit, BigDecimal baseline, BigDecimal target,
                      BigDecimal latest, LocalDate dueOn, List<Signal> signals, String path) {

        public ActiveGoal {
            signals = signals == null ? List.of() : List.copyOf(signals);
        }
    }

    /** An adjustment suggestion, e.g. {@code EFFORT_WITHOUT_IMPACT} with its explanation. */
    record Signal(String kind, String message) {
    }

    record IndicatorChange(UUID goalId, String goalTitle, String unit, BigDecimal from, BigDecimal to) {
    }

    record Revision(UUID goalId, String goalTitle, String rationale) {
    }
}
