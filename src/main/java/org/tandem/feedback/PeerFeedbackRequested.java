package org.tandem.feedback;

import java.time.Instant;
import java.time.LocalDate;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;

/**
 * Someone asked a teammate for peer feedback. Published in the transaction that stores the request, so the
 * notifications feature can write the invitation mail to its outbox atomically. {@code link} is the guest link
 * with its secret: it exists only in this event and in the answer to the inviter, never in the database.
 */
public record PeerFeedbackRequested(OrganizationId organizationId, MentorshipId mentorshipId, PeerFeedbackRequestId requestId,
                                    String email, String about, LocalDate dueOn, String link, Instant occurredAt) {
}
