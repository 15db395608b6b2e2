package org.tandem.insight;

import java.time.Instant;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/**
 * What insight needs to know about milestones: how many of a pair's milestones were reached in a time window and
 * how many celebrations were created. {@link MilestonesOfPair} answers it from the milestone feature.
 */
public interface MilestoneFacts {

    Counts between(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to);

    record Counts(int reached, int celebrated) {
        public static final Counts NONE = new Counts(0, 0);
    }
}
