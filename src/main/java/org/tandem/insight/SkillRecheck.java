package org.tandem.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;

/**
 * A later look at a LEARNING goal that was achieved: did the skill show again, and what shows it. Answered once,
 * by the mentor or the mentee, not before it is due.
 */
public record SkillRecheck(UUID id, MentorshipId mentorshipId, UUID goalId, String goalTitle, LocalDate achievedOn, LocalDate dueOn,
                           Boolean shownAgain, String evidence, PersonId answeredBy, Instant answeredAt) {

    public enum Status { PENDING, DUE, ANSWERED }

    static final int EVIDENCE_MAX = 2000;

    public Status status(LocalDate today) {
        if (answeredAt != null) {
            return Status.ANSWERED;
        }
        return today.isBefore(dueOn) ? Status.PENDING : Status.DUE;
    }

    SkillRecheck answer(PersonId by, Boolean shown, String evidenceText, LocalDate today, Instant now) {
        if (answeredAt != null) {
            throw new InvalidStateException("This re-check was already answered");
        }
        if (today.isBefore(dueOn)) {
            throw new InvalidStateException("This re-check opens on " + dueOn + "; give the skill time to show again first");
        }
        var errors = new java.util.ArrayList<InvalidInputException.FieldError>();
        if (shown == null) {
            errors.add(new InvalidInputException.FieldError("shownAgain", "is required: true or false"));
        }
        String clean = evidenceText == null ? "" : evidenceText.strip();
        if (clean.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("evidence", "is required: say what showed the skill, or what did not"));
        } else if (clean.length() > EVIDENCE_MAX) {
            errors.add(new InvalidInputException.FieldError("evidence", "must be at most " + EVIDENCE_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SkillRecheck(id, mentorshipId, goalId, goalTitle, achievedOn, dueOn, shown, clean, by, now);
    }
}
