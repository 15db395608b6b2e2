package org.tandem.milestone;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.tandem.people.OrganizationId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;

/**
 * A stakeholder asked by guest link to add their words to a celebration. The link works for {@link #LIFETIME}
 * and takes one answer: a name to sign with and the words. Until the link runs out the guest may change their words
 * ({@code editedAt} says when last) or withdraw them, which opens the link for a new answer (decision 0090).
 */
record StakeholderInvitation(UUID id, OrganizationId organizationId, UUID celebrationId, String email, String tokenHash, Instant expiresAt,
                             String authorName, String words, Instant answeredAt, Instant editedAt, Instant createdAt, long version) {

    static final Duration LIFETIME = Duration.ofDays(30);
    static final String NAME = "name", WORDS = "words";
    static final int MAX_NAME = 200, MAX_WORDS = 2000;

    static StakeholderInvitation open(UUID id, OrganizationId organization, UUID celebration, String email, String tokenHash, Instant now) {
        return new StakeholderInvitation(id, organization, celebration, email, tokenHash, now.plus(LIFETIME), null, null, null, null, now, 0);
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
        validate(cleanName, cleanWords);
        return new StakeholderInvitation(id, organizationId, celebrationId, email, tokenHash, expiresAt, cleanName, cleanWords, now, null, createdAt,
                version);
    }

    /** Whether the guest may still change or withdraw their words: they are given and the link has not run out. */
    boolean changeableAt(Instant now) {
        return answered() && now.isBefore(expiresAt);
    }

    /** The guest rewrites their words, keeping the name they signed with; the earlier words are not kept. */
    StakeholderInvitation revise(String text, Instant now) {
        requireChangeable(now);
        String cleanWords = text == null ? "" : text.strip();
        validate(authorName, cleanWords);
        return new StakeholderInvitation(id, organizationId, celebrationId, email, tokenHash, expiresAt, authorName, cleanWords, answeredAt, now,
                createdAt, version);
    }

    /** The guest withdraws their words: name and words are cleared, and the link takes an answer again until it runs out. */
    StakeholderInvitation withdraw(Instant now) {
        requireChangeable(now);
        return new StakeholderInvitation(id, organizationId, celebrationId, email, tokenHash, expiresAt, null, null, null, null, createdAt, version);
    }

    private void requireChangeable(Instant now) {
        if (!answered()) {
            throw new InvalidStateException("There are no words behind this link to change");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidStateException("The time to change these words ended when the link ran out");
        }
    }

    private static void validate(String cleanName, String cleanWords) {
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
    }
}
