package org.tandem.checkin.record;

import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.support.InputCheck;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidStateException;

/**
 * What the pair takes away from a check-in, in their own words, written in its Close section. One per check-in,
 * rewritten by either of them while the check-in runs, and carried into the summary. Empty is allowed: clearing
 * the field is a rewrite like any other.
 */
public record Takeaway(String text) {

    static final int MAX_TEXT = 2000;
    public static final Takeaway EMPTY = new Takeaway(null);

    public static Takeaway of(CheckIn checkIn, String text, PersonId by) {
        checkIn.requireContributor(by);
        if (checkIn.status() != CheckInStatus.IN_PROGRESS) {
            throw new InvalidStateException("The takeaway is written while the check-in runs; start it first");
        }
        InputCheck.of().optionalText("text", text, MAX_TEXT).orThrow();
        return new Takeaway(InputCheck.cleanOptional(text));
    }
}
