package org.tandem.goal.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.tandem.goal.smart.SmartCheck;

/**
 * Due dates are calendar dates in the pair's own time zone, but transitions only get an instant. Rather than
 * guess a zone, a date counts as still ahead while it is ahead somewhere on Earth (UTC-12, "anywhere on
 * Earth"): nobody is refused tomorrow because the server sits in another zone. The price is accepting
 * "today" for some hours; {@link SmartCheck}, which gets the person's own date, flags that precisely.
 */
final class Deadlines {

    private static final ZoneOffset ANYWHERE_ON_EARTH = ZoneOffset.ofHours(-12);

    private Deadlines() {
    }

    static boolean stillAhead(LocalDate dueOn, Instant now) {
        return dueOn.isAfter(LocalDate.ofInstant(now, ANYWHERE_ON_EARTH));
    }
}
