package org.tandem.insight;

import java.time.Instant;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/**
 * What insight needs to know about milestones: how many of a pair's milestones were reached in a time window and
 * how many of those got a celebration. The milestone feature answers it; until it is merged,
 * {@link NoMilestoneFactsYet} answers zero, so the "nothing celebrated" nudge stays quiet rather than guessing.
 */
public interface MilestoneFacts {

    Counts between(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to);

    record Counts(int reached, int celebrated) {
        public static final Counts NONE = new Counts(0, 0);
    }
}
