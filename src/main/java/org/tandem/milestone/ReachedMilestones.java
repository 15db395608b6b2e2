package org.tandem.milestone;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.checkin.MilestoneLookup;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/** What a check-in's REVIEW and CELEBRATE sections list: the pair's milestones reached since the last check-in. */
@Component
class ReachedMilestones implements MilestoneLookup {

    private final MilestoneRepository milestones;

    ReachedMilestones(MilestoneRepository milestones) {
        this.milestones = milestones;
    }

    @Override
    public List<Reached> reachedSince(OrganizationId organization, MentorshipId mentorship, Instant since) {
        return milestones.reachedSince(organization, mentorship, since == null ? Instant.EPOCH : since).stream()
                .map(row -> new Reached(row.milestone().id().value(), row.milestone().goalId().value(), row.milestone().title(),
                        row.milestone().reachedAt(), row.celebrated() ? CelebrationController.page(row.milestone().id())
                                : CelebrationController.form(row.milestone().id())))
                .toList();
    }
}
