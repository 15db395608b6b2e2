package org.tandem.insight;

import java.time.Instant;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/** Stand-in until the milestone feature provides {@link MilestoneFacts}: no milestone was reached, none celebrated. */
@Component
@Fallback
class NoMilestoneFactsYet implements MilestoneFacts {

    @Override
    public Counts between(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to) {
        return Counts.NONE;
    }
}
