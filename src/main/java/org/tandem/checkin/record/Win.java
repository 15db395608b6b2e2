package org.tandem.checkin.record;

import java.time.Instant;
import java.util.UUID;

import org.tandem.checkin.CheckInId;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.support.InputCheck;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;

/**
 * Something reached since last time that the pair names in CELEBRATE, in their own words — a shipped piece of
 * work, a conversation that went well. Milestones of goals are celebrated through the milestone feature; a win
 * is the lighter, everyday recognition, and it goes into the summary.
 */
public record Win(UUID id, CheckInId checkInId, String text, PersonId by, Instant recordedAt) {

    static final int MAX_TEXT = 1000;

    public static Win name(CheckIn checkIn, String text, PersonId by, Instant now) {
        checkIn.requireContributor(by);
        InputCheck.of().text("text", text, MAX_TEXT, "is required: what was reached, and what difference did it make?").orThrow();
        return new Win(Ids.next(), checkIn.id(), InputCheck.clean(text), by, now);
    }
}
