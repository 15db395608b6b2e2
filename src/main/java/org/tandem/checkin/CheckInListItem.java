package org.tandem.checkin;

import java.time.Instant;
import java.util.UUID;
import org.tandem.checkin.session.CheckIn;

/** A check-in in a mentorship's list: when, and how it stands. */
public record CheckInListItem(UUID id, UUID mentorshipId, CheckInStatus status, Instant scheduledAt, int durationMinutes,
                              Instant startedAt, Instant completedAt, long version) {

    static CheckInListItem of(CheckIn c) {
        return new CheckInListItem(c.id().value(), c.mentorshipId().value(), c.status(), c.scheduledAt(), c.durationMinutes(),
                c.startedAt(), c.completedAt(), c.version());
    }
}
