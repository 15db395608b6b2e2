package org.tandem.checkin.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tandem.checkin.CheckInId;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.support.CalendarDays;
import org.tandem.checkin.support.InputCheck;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;

/**
 * Evidence for the data review: a number that moved, a project outcome, or a behaviour someone saw. Kept apart
 * from interpretation on purpose — first what happened, then what it means.
 */
public record Observation(UUID id, CheckInId checkInId, Kind kind, String text, LocalDate observedOn, PersonId by,
                   Instant recordedAt) {

    static final int MAX_TEXT = 2000;

    public enum Kind { METRIC, OUTCOME, BEHAVIOR }

    public static Observation log(CheckIn checkIn, Kind kind, String text, LocalDate observedOn, PersonId by, Instant now) {
        checkIn.requireContributor(by);
        InputCheck.of()
                  .require("kind", kind, "is required: METRIC, OUTCOME or BEHAVIOR")
                  .text("text", text, MAX_TEXT, "is required: what was observed?")
                  .require("observedOn", observedOn, "is required")
                  .when(observedOn != null && CalendarDays.isFutureEverywhere(observedOn, now), "observedOn", "must not be in the future")
                  .orThrow();
        return new Observation(Ids.next(), checkIn.id(), kind, InputCheck.clean(text), observedOn, by, now);
    }
}
