package org.tandem.mentorship;

import java.util.Objects;

import org.tandem.people.PersonId;
import org.tandem.shared.NotAllowedException;

/**
 * The two people of a mentorship, and the one place that answers "is this person the pair, the mentor, the
 * mentee, and who is the other one". Every feature's "only the pair" rule asks this record, so a refusal
 * reads the same wherever it comes from.
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

    /** The other one of the pair; only a member has one. */
    public PersonId otherThan(PersonId member) {
        requireMember(member, "work together here");
        return mentor.equals(member) ? mentee : mentor;
    }

    /** "mentor" or "mentee", as the pages and mails name a member. */
    public String roleOf(PersonId member) {
        requireMember(member, "work together here");
        return mentor.equals(member) ? "mentor" : "mentee";
    }

    /** @param action what the person tried, finishing the sentence "Only the mentor and the mentee can …" */
    public void requireMember(PersonId person, String action) {
        if (person == null || !includes(person)) {
            throw new NotAllowedException("Only the mentor and the mentee can " + action);
        }
    }

    public void requireMentee(PersonId person, String action) {
        if (person == null || !isMentee(person)) {
            throw new NotAllowedException("Only the mentee can " + action);
        }
    }

    public void requireMentor(PersonId person, String action) {
        if (person == null || !isMentor(person)) {
            throw new NotAllowedException("Only the mentor can " + action);
        }
    }
}
