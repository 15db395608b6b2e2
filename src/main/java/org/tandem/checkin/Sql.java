package org.tandem.checkin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.tandem.people.PersonId;

/** Conversions between the domain's values and the columns of this feature's tables. */
final class Sql {

    private Sql() {
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    static UUID id(PersonId person) {
        return person == null ? null : person.value();
    }

    static PersonId person(UUID id) {
        return id == null ? null : new PersonId(id);
    }

    static CheckInId checkIn(UUID id) {
        return id == null ? null : new CheckInId(id);
    }
}
