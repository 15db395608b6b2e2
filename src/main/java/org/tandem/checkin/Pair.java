package org.tandem.checkin;

import java.util.Objects;

import org.tandem.people.PersonId;
import org.tandem.shared.NotAllowedException;

/**
 * The two people a check-in belongs to. Most rules of this feature are "only the pair", and a few are
 * "only the mentee" or "only the mentor", so the pair answers those questions itself.
 */
public record Pair(PersonId mentor, PersonId mentee) {

    public Pair {
        Objects.requireNonNull(mentor, "a pair needs a mentor");
        Objects.requireNonNull(mentee, "a pair needs a mentee");
        if (mentor.equals(mentee)) {
            throw new IllegalArgumentException("A person cannot mentor themselves");
        }
    }

    public boolean includes(PersonId person) {
        return mentor.equals(person) || mentee.equals(person);
    }

    public boolean isMentor(PersonId person) {
        return mentor.equals(person);
    }

    public boolean isMentee(PersonId person) {
        return mentee.equals(person);
    }

    /** Guards share one wording, so every refusal reads the same wherever it comes from. */
    void requireMember(PersonId person, String action) {
        if (person == null || !includes(person)) {
            throw new NotAllowedException("Only the mentor and the mentee can " + action);
        }
    }

    void requireMentee(PersonId person, String action) {
        if (person == null || !isMentee(person)) {
            throw new NotAllowedException("Only the mentee can " + action);
        }
    }

    void requireMentor(PersonId person, String action) {
        if (person == null || !isMentor(person)) {
            throw new NotAllowedException("Only the mentor can " + action);
        }
    }
}
