package org.tandem.feedback;

import java.time.Instant;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/** A teammate answered a peer-feedback request; the pair may want to hear about it. */
public record PeerFeedbackGiven(OrganizationId organizationId, MentorshipId mentorshipId, PeerFeedbackRequestId requestId,
                                Instant occurredAt) {
}
