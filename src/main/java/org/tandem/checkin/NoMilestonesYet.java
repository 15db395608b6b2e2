package org.tandem.checkin;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/**
 * No milestones exist until the milestone feature is merged, so none was reached. Replace it with an
 * implementation backed by that feature (see docs/checkin-domain.md, "Seams").
 */
@Component
class NoMilestonesYet implements MilestoneLookup {

    @Override
    public List<Reached> reachedSince(OrganizationId organization, MentorshipId mentorship, Instant since) {
        return List.of();
    }
}
