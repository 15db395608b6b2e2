package org.tandem.milestone;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.tandem.people.OrganizationId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;

/**
 * A stakeholder asked by guest link to add their words to a celebration. The link works for {@link #LIFETIME}
 * and takes one answer: a name to sign with and the words.
 */
record StakeholderInvitation(UUID id, OrganizationId organizationId, UUID celebrationId, String email, String tokenHash, Instant expiresAt,
                             String authorName, String words, Instant answeredAt, Instant createdAt, long version) {

    static final Duration LIFETIME = Duration.ofDays(30);
    static final String NAME = "name", WORDS = "words";
    static final int MAX_NAME = 200, MAX_WORDS = 2000;

    static StakeholderInvitation open(UUID id, OrganizationId organization, UUID celebration, String email, String tokenHash, Instant now) {
        return new StakeholderInvitation(id, organization, celebration, email, tokenHash, now.plus(LIFETIME), null, null, null, now, 0);
    }

    boolean answered() {
        return answeredAt != null;
    }

    /** Open links and answered ones (which only thank) can be shown; expired ones cannot. */
    boolean showableAt(Instant now) {
        return answered() || now.isBefore(expiresAt);
    }

    StakeholderInvitation answer(String name, String text, Instant now) {
        if (answered()) {
            throw new InvalidStateException("These words were already added; the link takes one answer");
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanWords = text == null ? "" : text.strip();
        java.util.List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        if (cleanName.isEmpty()) {
            errors.add(new InvalidInputException.FieldError(NAME, "Say who the words are from, as the pair knows you"));
        } else if (cleanName.length() > MAX_NAME) {
            errors.add(new InvalidInputException.FieldError(NAME, "Keep the name under " + MAX_NAME + " characters"));
        }
        if (cleanWords.isEmpty()) {
            errors.add(new InvalidInputException.FieldError(WORDS, "Write a few words before sending them"));
        } else if (cleanWords.length() > MAX_WORDS) {
            errors.add(new InvalidInputException.FieldError(WORDS, "Keep your words under " + MAX_WORDS + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new StakeholderInvitation(id, organizationId, celebrationId, email, tokenHash, expiresAt, cleanName, cleanWords, now, createdAt,
                version);
    }
}
