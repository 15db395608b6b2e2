package org.tandem.checkin.session;

import static org.tandem.checkin.CheckInStatus.CANCELLED;
import static org.tandem.checkin.CheckInStatus.COMPLETED;
import static org.tandem.checkin.CheckInStatus.IN_PROGRESS;
import static org.tandem.checkin.CheckInStatus.MISSED;

import java.time.Instant;
import java.util.Objects;

import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInStatus;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;

/**
 * Everything about a check-in that is stored, as one record: the repository maps rows to and from it and
 * {@link CheckIn} holds the rules. The withers are the only ways a state changes, one per transition, so a
 * field cannot change by accident.
 */
public record CheckInState(CheckInId id, MentorshipId mentorshipId, Pair pair, Instant scheduledAt, int durationMinutes,
                    CheckInStatus status, Agenda agenda, Instant startedAt, Instant completedAt, Instant missedAt,
                    Cancellation cancellation, Rating rating, AutonomyRating autonomyRating, long version) {

    public CheckInState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentorshipId, "mentorshipId");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(agenda, "agenda");
    }

    /** Who cancelled, why and when; kept so the history explains the gap in the cadence. */
    public record Cancellation(PersonId by, String reason, Instant at) {
    }

    CheckInState started(Instant at, Agenda running) {
        return new CheckInState(id, mentorshipId, pair, scheduledAt, durationMinutes, IN_PROGRESS, running, at,
                completedAt, missedAt, cancellation, rating, autonomyRating, version);
    }

    CheckInState completed(Instant at, Agenda stopped) {
        return new CheckInState(id, mentorshipId, pair, scheduledAt, durationMinutes, COMPLETED, stopped, startedAt,
                at, missedAt, cancellation, rating, autonomyRating, version);
    }

    CheckInState missed(Instant at) {
        return new CheckInState(id, mentorshipId, pair, scheduledAt, durationMinutes, MISSED, agenda, startedAt,
                completedAt, at, cancellation, rating, autonomyRating, version);
    }

    CheckInState cancelled(Cancellation why, Agenda stopped) {
        return new CheckInState(id, mentorshipId, pair, scheduledAt, durationMinutes, CANCELLED, stopped, startedAt,
                completedAt, missedAt, why, rating, autonomyRating, version);
    }

    CheckInState rescheduled(Instant newAt, int newDurationMinutes) {
        return new CheckInState(id, mentorshipId, pair, newAt, newDurationMinutes, status, agenda, startedAt,
                completedAt, missedAt, cancellation, rating, autonomyRating, version);
    }

    CheckInState withAgenda(Agenda changed) {
        return new CheckInState(id, mentorshipId, pair, scheduledAt, durationMinutes, status, changed, startedAt,
                completedAt, missedAt, cancellation, rating, autonomyRating, version);
    }

    CheckInState withRating(Rating given) {
        return new CheckInState(id, mentorshipId, pair, scheduledAt, durationMinutes, status, agenda, startedAt,
                completedAt, missedAt, cancellation, given, autonomyRating, version);
    }

    CheckInState withAutonomyRating(AutonomyRating given) {
        return new CheckInState(id, mentorshipId, pair, scheduledAt, durationMinutes, status, agenda, startedAt,
                completedAt, missedAt, cancellation, rating, given, version);
    }
}
