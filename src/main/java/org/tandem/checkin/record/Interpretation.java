package org.tandem.checkin.record;

import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.support.InputCheck;
import org.tandem.people.PersonId;

/**
 * What the pair makes of the evidence: what worked, what did not, and why. One per check-in, rewritten as the
 * conversation goes; parts may stay empty while it is being typed, because the page saves as you go.
 */
public record Interpretation(String worked, String didNotWork, String why) {

    static final int MAX_TEXT = 4000;
    public static final Interpretation EMPTY = new Interpretation(null, null, null);

    public static Interpretation of(CheckIn checkIn, String worked, String didNotWork, String why, PersonId by) {
        checkIn.requireContributor(by);
        InputCheck.of()
                  .optionalText("worked", worked, MAX_TEXT)
                  .optionalText("didNotWork", didNotWork, MAX_TEXT)
                  .optionalText("why", why, MAX_TEXT)
                  .orThrow();
        return new Interpretation(InputCheck.cleanOptional(worked), InputCheck.cleanOptional(didNotWork),
                InputCheck.cleanOptional(why));
    }

    boolean isEmpty() {
        return worked == null && didNotWork == null && why == null;
    }
}
