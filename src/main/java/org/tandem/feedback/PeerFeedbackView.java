package org.tandem.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A peer-feedback request as the pair sees it, with its answer once given. The guest link is not here: only
 * its hash is kept, so the link is shown once, when the request is made.
 */
public record PeerFeedbackView(UUID id, UUID mentorshipId, String email, String about, LocalDate dueOn, PeerFeedbackStatus status,
                               Person invitedBy, Instant createdAt, Instant expiresAt, Answer answer) {

    public record Person(UUID id, String displayName) {
    }

    /**
     * The teammate's words, with the findings the check has for them today; {@code editedAt} is when the teammate
     * last changed them (null if never), and what they said before is not kept.
     */
    public record Answer(String text, Instant givenAt, Instant editedAt, List<Finding> findings) {
    }
}
