package org.tandem.checkin.support;

import java.time.Instant;
import java.util.UUID;

import org.tandem.checkin.CheckInId;
import org.tandem.people.PersonId;

/** Conversions between the domain's values and the columns of this feature's tables. */
public final class Sql {

    private Sql() {
    }

    public static UUID id(PersonId person) {
        return person == null ? null : person.value();
    }

    public static PersonId person(UUID id) {
        return id == null ? null : new PersonId(id);
    }

    public static CheckInId checkIn(UUID id) {
        return id == null ? null : new CheckInId(id);
    }
}
