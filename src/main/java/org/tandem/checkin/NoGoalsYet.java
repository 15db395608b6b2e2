package org.tandem.checkin;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/**
 * The honest answer while the goal feature is not part of the application: there are no goals, so nothing was
 * measured and nothing revised. Replace it with an implementation backed by the goal feature (see
 * docs/checkin-domain.md, "Seams").
 */
@Component
class NoGoalsYet implements GoalLookup {

    @Override
    public List<ActiveGoal> activeGoals(OrganizationId organization, MentorshipId mentorship) {
        return List.of();
    }

    @Override
    public List<IndicatorChange> measurementsSince(OrganizationId organization, MentorshipId mentorship, Instant since) {
        return List.of();
    }

    @Override
    public List<Revision> revisionsBetween(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to) {
        return List.of();
    }
}
