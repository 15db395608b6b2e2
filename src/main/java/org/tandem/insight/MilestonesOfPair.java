package org.tandem.insight;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.tandem.mentorship.MentorshipId;
import org.tandem.milestone.Milestones;
import org.tandem.people.OrganizationId;

/** {@link MilestoneFacts} answered by the milestone feature's read API. */
@Component
class MilestonesOfPair implements MilestoneFacts {

    private final Milestones milestones;

    MilestonesOfPair(Milestones milestones) {
        this.milestones = milestones;
    }

    @Override
    public Counts between(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to) {
        var facts = milestones.facts(organization, mentorship, from, to);
        return new Counts(facts.reached(), facts.celebrated());
    }
}
