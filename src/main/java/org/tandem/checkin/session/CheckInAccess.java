package org.tandem.checkin.session;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.checkin.CheckInId;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.shared.NotFoundException;

/**
 * Who may see a check-in and what is in it: the pair only ({@link PairContent}). For a program lead, an admin, a
 * mentor of another pair or anyone of another organization a check-in, its items and its summary do not exist
 * (404). Admins and the program's leads still see a mentorship's list of check-ins — when, and how it stands —
 * through {@link #mentorship}; what an admin may do there is decided by the domain: only the pair acts.
 */
@Component
public class CheckInAccess {

    private final CheckInRepository checkIns;
    private final Mentorships mentorships;

    CheckInAccess(CheckInRepository checkIns, Mentorships mentorships) {
        this.checkIns = checkIns;
        this.mentorships = mentorships;
    }

    public record Visible(CheckIn checkIn, Mentorship mentorship) {
    }

    public Visible checkIn(Actor actor, CheckInId id) {
        CheckIn checkIn = checkIns.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("Check-in", id));
        if (!PairContent.readableBy(checkIn.pair(), actor.personId())) {
            throw new NotFoundException("Check-in", id);
        }
        return new Visible(checkIn, mentorships.ofWork(actor, checkIn.mentorshipId(), false, "Check-in", id));
    }

    public Mentorship mentorship(Actor actor, MentorshipId id) {
        return mentorships.ofPairOrAdmin(actor, id);
    }

    /** For items reached by their own id (action items, risks): the pair's content, so visible to the pair only. */
    public Mentorship mentorshipOf(Actor actor, MentorshipId id, String what, UUID itemId) {
        return mentorships.ofWork(actor, id, true, what, itemId);
    }
}
