package org.tandem.checkin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/**
 * Milestones of the mentorship's goals reached since an instant, for REVIEW and CELEBRATE. The milestone feature
 * owns milestones and celebrations; a check-in only lists what was reached and links to where a celebration is
 * started. The milestone feature implements it (milestone.ReachedMilestones).
 */
public interface MilestoneLookup {

    List<Reached> reachedSince(OrganizationId organization, MentorshipId mentorship, Instant since);

    /**
     * @param celebrationPath the page where a celebration of this milestone is started (the milestone feature's route)
     */
    record Reached(UUID id, UUID goalId, String title, Instant reachedAt, String celebrationPath) {
    }
}
