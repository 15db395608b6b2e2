package org.tandem.milestone;

import java.time.Instant;
import java.util.UUID;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/** A reached milestone was celebrated, visible to {@code visibility}. */
public record CelebrationCreated(OrganizationId organizationId, UUID celebrationId, MilestoneId milestoneId, MentorshipId mentorshipId,
                                 CelebrationVisibility visibility, PersonId createdBy, Instant occurredAt) {
}
