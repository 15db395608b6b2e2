package org.tandem.checkin;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;

/**
 * What happened to a check-in, recorded by its transitions and published by the service after the change is
 * stored — reminders, the calendar feed and webhooks listen to these instead of reaching into the check-in.
 */
public sealed interface CheckInEvent {

    CheckInId checkInId();

    MentorshipId mentorshipId();

    Pair pair();

    Instant occurredAt();

    record CheckInScheduled(CheckInId checkInId, MentorshipId mentorshipId, Pair pair, Instant scheduledAt,
                            Instant occurredAt) implements CheckInEvent {
    }

    /** {@code by} is null when the cadence moved it rather than a person. */
    record CheckInRescheduled(CheckInId checkInId, MentorshipId mentorshipId, Pair pair, Instant from, Instant to,
                              PersonId by, Instant occurredAt) implements CheckInEvent {
    }

    record CheckInStarted(CheckInId checkInId, MentorshipId mentorshipId, Pair pair, PersonId by,
                          Instant occurredAt) implements CheckInEvent {
    }

    record CheckInCompleted(CheckInId checkInId, MentorshipId mentorshipId, Pair pair, PersonId by,
                            Instant occurredAt) implements CheckInEvent {
    }

    record CheckInMissed(CheckInId checkInId, MentorshipId mentorshipId, Pair pair, Instant scheduledAt,
                         Instant occurredAt) implements CheckInEvent {
    }

    record CheckInCancelled(CheckInId checkInId, MentorshipId mentorshipId, Pair pair, PersonId by, String reason,
                            Instant occurredAt) implements CheckInEvent {
    }
}
