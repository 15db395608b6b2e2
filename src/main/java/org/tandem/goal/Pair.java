package org.tandem.goal;

import java.util.Objects;

import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;
import org.tandem.shared.NotAllowedException;

/**
 * The mentor and mentee a goal belongs to. The goal keeps it so that "the other party" is a fact of the
 * domain, not something each controller has to work out.
 */
record Pair(MentorshipId mentorship, PersonId mentor, PersonId mentee) {

    Pair {
        Objects.requireNonNull(mentorship, "mentorship");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
        if (mentor.equals(mentee)) {
            throw new IllegalArgumentException("A mentorship needs two different people");
        }
    }

    boolean includes(PersonId person) {
        return mentor.equals(person) || mentee.equals(person);
    }

    void requireMember(PersonId person, String action) {
        if (!includes(person)) {
            throw new NotAllowedException("Only the mentor and the mentee of this mentorship may " + action);
        }
    }

    PersonId otherThan(PersonId member) {
        requireMember(member, "take part in this goal");
        return mentor.equals(member) ? mentee : mentor;
    }

    String roleOf(PersonId member) {
        return mentor.equals(member) ? "mentor" : "mentee";
    }
}
