package org.tandem.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;

/**
 * A mentor or mentee asks a teammate, by email, for feedback about one specific thing by a date. The teammate
 * answers once through a guest link; the link stops working when answered, revoked, or a day after the due date
 * ends in the inviter's time zone. OPEN → ANSWERED | REVOKED, and an open request past {@code expiresAt}
 * reads as EXPIRED.
 */
record PeerFeedbackRequest(PeerFeedbackRequestId id, OrganizationId organizationId, MentorshipId mentorshipId, PersonId invitedBy,
                           String email, String about, LocalDate dueOn, String tokenHash, Instant expiresAt,
                           PeerFeedbackStatus status, Instant createdAt, Instant answeredAt, Instant revokedAt, long version) {

    /** Late answers are still welcome for a day after the due date ends. */
    static final Duration GRACE = Duration.ofDays(1);
    static final int MAX_ABOUT = 500;
    static final int MAX_EMAIL = 320;
    static final int MAX_DAYS_AHEAD = 90;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What the inviter asks for; checked by {@link #open}. */
    record Draft(String email, String about, LocalDate dueOn) {
    }

    /**
     * A new open request. {@code today} and {@code zone} are the inviter's, so "due on Friday" means the end of
     * their Friday; {@code pairEmails} may not be invited (the pair sees the answer anyway).
     */
    static PeerFeedbackRequest open(PeerFeedbackRequestId id, OrganizationId organization, MentorshipId mentorship, PersonId invitedBy,
            Draft draft, List<String> pairEmails, String tokenHash, LocalDate today, ZoneId zone, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String email = draft.email() == null ? "" : draft.email().strip();
        String about = draft.about() == null ? "" : draft.about().strip();
        if (email.isEmpty()) {
            errors.add(new FieldError("email", "is required"));
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "is not an email address"));
        } else if (pairEmails.stream().anyMatch(email::equalsIgnoreCase)) {
            errors.add(new FieldError("email", "must be a teammate outside the pair"));
        }
        if (about.isEmpty()) {
            errors.add(new FieldError("about", "is required: name the specific thing you would like feedback on"));
        } else if (about.length() > MAX_ABOUT) {
            errors.add(new FieldError("about", "must be at most " + MAX_ABOUT + " characters"));
        }
        if (draft.dueOn() == null) {
            errors.add(new FieldError("dueOn", "is required"));
        } else if (draft.dueOn().isBefore(today)) {
            errors.add(new FieldError("dueOn", "must be today or later"));
        } else if (draft.dueOn().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            errors.add(new FieldError("dueOn", "must be within " + MAX_DAYS_AHEAD + " days: feedback is most useful while the moment is fresh"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PeerFeedbackRequest(id, organization, mentorship, invitedBy, email.toLowerCase(Locale.ROOT), about, draft.dueOn(),
                tokenHash, expiryFor(draft.dueOn(), zone), PeerFeedbackStatus.OPEN, now, null, null, 0);
    }

    /** The end of the due day in the inviter's zone, plus the grace. */
    static Instant expiryFor(LocalDate dueOn, ZoneId zone) {
        return dueOn.plusDays(1).atStartOfDay(zone).toInstant().plus(GRACE);
    }

    PeerFeedbackStatus statusAt(Instant now) {
        return status == PeerFeedbackStatus.OPEN && !now.isBefore(expiresAt) ? PeerFeedbackStatus.EXPIRED : status;
    }

    boolean acceptsAnswerAt(Instant now) {
        return statusAt(now) == PeerFeedbackStatus.OPEN;
    }

    PeerFeedbackRequest answer(Instant now) {
        if (!acceptsAnswerAt(now)) {
            throw new InvalidStateException("This request is " + statusAt(now).name().toLowerCase(Locale.ROOT) + " and takes no answer");
        }
        return new PeerFeedbackRequest(id, organizationId, mentorshipId, invitedBy, email, about, dueOn, tokenHash, expiresAt,
                PeerFeedbackStatus.ANSWERED, createdAt, now, null, version);
    }

    /** Whether the guest may still change or withdraw the answer: it is given and the link has not run out. */
    boolean answerChangeableAt(Instant now) {
        return status == PeerFeedbackStatus.ANSWERED && now.isBefore(expiresAt);
    }

    /** The guest rewrites the answer: the request stays answered (its version moves on when written). */
    PeerFeedbackRequest reviseAnswer(Instant now) {
        requireAnswerChangeable(now);
        return this;
    }

    /** The guest withdraws the answer: it is deleted, and the link takes an answer again until it runs out. */
    PeerFeedbackRequest withdrawAnswer(Instant now) {
        requireAnswerChangeable(now);
        return new PeerFeedbackRequest(id, organizationId, mentorshipId, invitedBy, email, about, dueOn, tokenHash, expiresAt,
                PeerFeedbackStatus.OPEN, createdAt, null, null, version);
    }

    private void requireAnswerChangeable(Instant now) {
        if (status != PeerFeedbackStatus.ANSWERED) {
            throw new InvalidStateException("This request has no answer to change; it is " + statusAt(now).name().toLowerCase(Locale.ROOT));
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidStateException("The time to change this answer ended with the request's due date");
        }
    }

    PeerFeedbackRequest revoke(Instant now) {
        if (statusAt(now) != PeerFeedbackStatus.OPEN) {
            throw new InvalidStateException("Only an open request can be revoked; this one is "
                    + statusAt(now).name().toLowerCase(Locale.ROOT));
        }
        return new PeerFeedbackRequest(id, organizationId, mentorshipId, invitedBy, email, about, dueOn, tokenHash, expiresAt,
                PeerFeedbackStatus.REVOKED, createdAt, null, now, version);
    }
}
