package org.tandem.mentorship;

import java.time.Instant;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.program.Emphasis;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.shared.InvalidStateException;

/**
 * One mentor and one mentee in a program. The visibility rules of the whole product start here: the pair
 * sees its own work, a program lead the mentorships of programs they lead, an admin their organization.
 */
public record Mentorship(MentorshipId id, OrganizationId organizationId, ProgramId programId, PersonId mentorId, PersonId menteeId,
                         MentorshipCadence cadence, Emphasis emphasis, Status status, Preferences preferences,
                         Instant createdAt, long version) {

    public enum Status { ACTIVE, ENDED }

    /** The two people of this mentorship; every "only the pair" rule asks it. */
    public Pair pair() {
        return new Pair(mentorId, menteeId);
    }

    public boolean isPair(PersonId person) {
        return pair().includes(person);
    }

    public boolean isMentor(PersonId person) {
        return pair().isMentor(person);
    }

    public boolean isMentee(PersonId person) {
        return pair().isMentee(person);
    }

    /** The other person of the pair. */
    public PersonId partnerOf(PersonId person) {
        return pair().otherThan(person);
    }

    public boolean visibleTo(Actor actor, Program program) {
        return workVisibleTo(actor) || actor.organizationId().equals(organizationId) && program.isLedBy(actor.personId());
    }

    /**
     * Who may see the pair's own work (goals, check-ins): the pair and the organization's admins. The program's leads
     * see the mentorship ({@link #visibleTo}) but its work only as aggregates, so no program is needed to decide this.
     */
    public boolean workVisibleTo(Actor actor) {
        return actor.organizationId().equals(organizationId) && (isPair(actor.personId()) || actor.isAdmin());
    }

    Mentorship withCadence(int intervalDays, int durationMinutes, Instant nextAt) {
        requireActive();
        return new Mentorship(id, organizationId, programId, mentorId, menteeId,
                new MentorshipCadence(intervalDays, durationMinutes, cadence.firstAt(), nextAt), emphasis, status, preferences,
                createdAt, version);
    }

    Mentorship withPreferences(PersonId by, Preferences newPreferences) {
        pair().requireMentee(by, "set their preferences");
        return new Mentorship(id, organizationId, programId, mentorId, menteeId, cadence, emphasis, status, newPreferences, createdAt, version);
    }

    Mentorship end() {
        requireActive();
        return new Mentorship(id, organizationId, programId, mentorId, menteeId, cadence, emphasis, Status.ENDED, preferences, createdAt, version);
    }

    private void requireActive() {
        if (status != Status.ACTIVE) {
            throw new InvalidStateException("This mentorship has ended");
        }
    }
}
