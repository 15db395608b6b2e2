package org.tandem.checkin;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.shared.NotFoundException;

/**
 * Who may see a check-in at all: the pair and the organization's admins, as for all of a pair's work. Program
 * leads see aggregates only, so for them — as for a mentor of another pair or anyone of another organization —
 * a check-in does not exist (404). What an admin may then do is decided by the domain: only the pair acts.
 */
@Component
class CheckInAccess {

    private final CheckInRepository checkIns;
    private final Mentorships mentorships;

    CheckInAccess(CheckInRepository checkIns, Mentorships mentorships) {
        this.checkIns = checkIns;
        this.mentorships = mentorships;
    }

    record Visible(CheckIn checkIn, Mentorship mentorship) {
    }

    Visible checkIn(Actor actor, CheckInId id) {
        CheckIn checkIn = checkIns.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("Check-in", id));
        try {
            return new Visible(checkIn, mentorships.ofPairOrAdmin(actor, checkIn.mentorshipId()));
        } catch (NotFoundException hidden) {
            throw new NotFoundException("Check-in", id);
        }
    }

    Mentorship mentorship(Actor actor, MentorshipId id) {
        return mentorships.ofPairOrAdmin(actor, id);
    }

    /** For items reached by their own id (action items, risks): visible when their mentorship is. */
    Mentorship mentorshipOf(Actor actor, MentorshipId id, String what, UUID itemId) {
        try {
            return mentorships.ofPairOrAdmin(actor, id);
        } catch (NotFoundException hidden) {
            throw new NotFoundException(what, itemId);
        }
    }
}
