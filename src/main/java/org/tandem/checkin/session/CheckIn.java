package org.tandem.checkin.session;

import static org.tandem.checkin.CheckInStatus.COMPLETED;
import static org.tandem.checkin.CheckInStatus.IN_PROGRESS;
import static org.tandem.checkin.CheckInStatus.SCHEDULED;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.tandem.checkin.CheckInEvent;
import org.tandem.checkin.CheckInEvent.CheckInCancelled;
import org.tandem.checkin.CheckInEvent.CheckInCompleted;
import org.tandem.checkin.CheckInEvent.CheckInMissed;
import org.tandem.checkin.CheckInEvent.CheckInRescheduled;
import org.tandem.checkin.CheckInEvent.CheckInScheduled;
import org.tandem.checkin.CheckInEvent.CheckInStarted;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.support.InputCheck;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;
import org.tandem.program.SectionKind;
import org.tandem.shared.InvalidStateException;

/**
 * One session of a mentorship, as a state machine: SCHEDULED → IN_PROGRESS → COMPLETED, or MISSED /
 * CANCELLED. Every transition checks who asks and from which state, then returns a new check-in and leaves
 * this one untouched, so a refused request changes nothing. Time is always an argument.
 *
 * <p>{@code version} is the version this state was read at; the repository compares and bumps it on save.
 * Ratings live here rather than in their own table because "once, and only after completion" is a rule
 * about this check-in's state.
 */
public final class CheckIn {

    /** How long after its planned start a check-in nobody started may be marked missed, unless configured otherwise. */
    public static final Duration MISSED_GRACE = Duration.ofHours(24);
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 480;
    static final int MAX_REASON = 1000;

    private final CheckInState state;
    private final List<CheckInEvent> events;

    private CheckIn(CheckInState state, List<CheckInEvent> events) {
        this.state = state;
        this.events = List.copyOf(events);
    }

    public static CheckIn schedule(MentorshipId mentorshipId, Pair pair, Instant scheduledAt, int durationMinutes,
                            List<AgendaSection> agendaCopiedFromPlaybook, Instant now) {
        Objects.requireNonNull(mentorshipId, "a check-in belongs to a mentorship");
        Objects.requireNonNull(pair, "a check-in belongs to a pair");
        timeCheck(scheduledAt, now).range("durationMinutes", durationMinutes, MIN_MINUTES, MAX_MINUTES).orThrow();
        Agenda agenda = Agenda.copyOf(agendaCopiedFromPlaybook);
        var state = new CheckInState(CheckInId.next(), mentorshipId, pair, scheduledAt, durationMinutes, SCHEDULED, agenda,
                null, null, null, null, null, null, 0);
        return new CheckIn(state, List.of())
                .recording(new CheckInScheduled(state.id(), mentorshipId, pair, scheduledAt, now));
    }

    /** Rebuilds a stored check-in; nothing happened, so no events. */
    static CheckIn restore(CheckInState state) {
        return new CheckIn(state, List.of());
    }

    public CheckIn start(PersonId by, Instant now) {
        pair().requireMember(by, "start this check-in");
        requireStatus(SCHEDULED, "Only a scheduled check-in can start");
        return with(state().started(now, agenda().advance(now)))
                .recording(new CheckInStarted(id(), mentorshipId(), pair(), by, now));
    }

    public CheckIn complete(PersonId by, Instant now) {
        pair().requireMember(by, "complete this check-in");
        requireStatus(IN_PROGRESS, "Only a check-in in progress can be completed");
        return with(state().completed(now, agenda().stop(now)))
                .recording(new CheckInCompleted(id(), mentorshipId(), pair(), by, now));
    }

    /** Called by the scheduler, not by a person: a check-in nobody started is recorded as missed, not deleted. */
    public CheckIn markMissed(Instant now) {
        return markMissed(now, MISSED_GRACE);
    }

    /** As {@link #markMissed(Instant)}, with the grace period the deployment configured ({@code tandem.cadence.grace}). */
    public CheckIn markMissed(Instant now, Duration grace) {
        requireStatus(SCHEDULED, "Only a scheduled check-in can be missed");
        if (now.isBefore(missableFrom(grace))) {
            throw new InvalidStateException("A check-in can only be marked missed from " + missableFrom(grace)
                    + ", " + grace.toMinutes() + " minutes after its planned start");
        }
        return with(state().missed(now)).recording(new CheckInMissed(id(), mentorshipId(), pair(), scheduledAt(), now));
    }

    /** A check-in in progress may be cancelled too (started by mistake, interrupted); the reason is kept. */
    public CheckIn cancel(PersonId by, String reason, Instant now) {
        pair().requireMember(by, "cancel this check-in");
        if (status() != SCHEDULED && status() != IN_PROGRESS) {
            throw new InvalidStateException("Only a scheduled check-in or one in progress can be cancelled; this one is "
                    + describe(status()));
        }
        InputCheck.of().text("reason", reason, MAX_REASON, "is required: say why the check-in is cancelled").orThrow();
        var cancellation = new CheckInState.Cancellation(by, InputCheck.clean(reason), now);
        return with(state().cancelled(cancellation, agenda().stop(now)))
                .recording(new CheckInCancelled(id(), mentorshipId(), pair(), by, cancellation.reason(), now));
    }

    public CheckIn reschedule(Instant newAt, PersonId by, Instant now) {
        pair().requireMember(by, "reschedule this check-in");
        requireStatus(SCHEDULED, "Only a scheduled check-in can be rescheduled");
        timeCheck(newAt, now).orThrow();
        if (newAt.equals(scheduledAt())) {
            return this;
        }
        return with(state().rescheduled(newAt, durationMinutes()))
                .recording(new CheckInRescheduled(id(), mentorshipId(), pair(), scheduledAt(), newAt, by, now));
    }

    /**
     * The cadence moved: a scheduled check-in follows it to {@code newAt} and takes its length. Nobody asked, so
     * {@code by} is empty in the event; the pair sees a move like any other reschedule. A new length alone is no
     * reschedule: the row's version still changes, so calendars see it.
     */
    public CheckIn followCadence(Instant newAt, int newDurationMinutes, Instant now) {
        requireStatus(SCHEDULED, "Only a scheduled check-in follows its cadence");
        timeCheck(newAt, now).range("durationMinutes", newDurationMinutes, MIN_MINUTES, MAX_MINUTES).orThrow();
        boolean moved = !newAt.equals(scheduledAt());
        if (!moved && newDurationMinutes == durationMinutes()) {
            return this;
        }
        CheckIn followed = with(state().rescheduled(newAt, newDurationMinutes));
        return moved ? followed.recording(new CheckInRescheduled(id(), mentorshipId(), pair(), scheduledAt(), newAt, null, now)) : followed;
    }

    public CheckIn beginSection(SectionKind kind, PersonId by, Instant now) {
        pair().requireMember(by, "run the agenda of this check-in");
        requireStatus(IN_PROGRESS, "Sections are timed while the check-in is in progress");
        return with(state().withAgenda(agenda().begin(kind, now)));
    }

    public CheckIn advanceSection(PersonId by, Instant now) {
        pair().requireMember(by, "run the agenda of this check-in");
        requireStatus(IN_PROGRESS, "Sections are timed while the check-in is in progress");
        return with(state().withAgenda(agenda().advance(now)));
    }

    /** Allowed after completion as well, to correct a timer someone forgot to stop. */
    public CheckIn recordTimeUsed(SectionKind kind, long seconds, PersonId by, Instant now) {
        pair().requireMember(by, "record time for this check-in");
        if (status() != IN_PROGRESS && status() != COMPLETED) {
            throw new InvalidStateException("Time can only be recorded for a check-in that took place; this one is "
                    + describe(status()));
        }
        return with(state().withAgenda(agenda().recordTimeUsed(kind, seconds, now)));
    }

    public CheckIn rate(PersonId by, Integer clarity, Integer usefulness, Integer support, String comment, Instant now) {
        pair().requireMentee(by, "rate a check-in");
        requireStatus(COMPLETED, "Only a completed check-in can be rated");
        if (rating() != null) {
            throw new InvalidStateException("This check-in was already rated on " + rating().ratedAt());
        }
        return with(state().withRating(Rating.of(clarity, usefulness, support, comment, now)));
    }

    public CheckIn rateAutonomy(PersonId by, Integer rating, Instant now) {
        pair().requireMentor(by, "rate the mentee's autonomy");
        requireStatus(COMPLETED, "Autonomy is rated after a completed check-in");
        if (autonomyRating() != null) {
            throw new InvalidStateException("Autonomy was already rated for this check-in on " + autonomyRating().ratedAt());
        }
        return with(state().withAutonomyRating(AutonomyRating.of(rating, now)));
    }

    Instant missableFrom() {
        return missableFrom(MISSED_GRACE);
    }

    Instant missableFrom(Duration grace) {
        return scheduledAt().plus(grace);
    }

    public CheckInState state() { return state; }

    /** Events recorded since this check-in was scheduled or restored, oldest first. */
    public List<CheckInEvent> events() { return events; }

    public CheckInId id() { return state.id(); }

    public MentorshipId mentorshipId() { return state.mentorshipId(); }

    public Pair pair() { return state.pair(); }

    public Instant scheduledAt() { return state.scheduledAt(); }

    public int durationMinutes() { return state.durationMinutes(); }

    public CheckInStatus status() { return state.status(); }

    public Agenda agenda() { return state.agenda(); }

    public Instant startedAt() { return state.startedAt(); }

    public Instant completedAt() { return state.completedAt(); }

    public Rating rating() { return state.rating(); }

    public AutonomyRating autonomyRating() { return state.autonomyRating(); }

    public long version() { return state.version(); }

    /**
     * Guard for adding content (observations, answers, risks, action items): the pair prepares while the
     * check-in is scheduled and records while it runs; once it is over, its record is closed.
     */
    public void requireContributor(PersonId by) {
        pair().requireMember(by, "add to this check-in");
        if (status().isFinal()) {
            throw new InvalidStateException("Nothing can be added to a check-in that is " + describe(status()));
        }
    }

    /** Notes are reflections, so the pair may write them before, during and after the session. */
    public void requireNoteAuthor(PersonId by) {
        pair().requireMember(by, "write notes on this check-in");
    }

    private void requireStatus(CheckInStatus expected, String message) {
        if (status() != expected) {
            throw new InvalidStateException(message + "; this one is " + describe(status()));
        }
    }

    private static String describe(CheckInStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Rounded down to the minute so that "now", sent from a form a few seconds ago, is still accepted. */
    private static InputCheck timeCheck(Instant at, Instant now) {
        return InputCheck.of()
                .require("scheduledAt", at, "is required")
                .when(at != null && at.isBefore(now.truncatedTo(ChronoUnit.MINUTES)), "scheduledAt", "must not be in the past");
    }

    private CheckIn with(CheckInState changed) {
        return new CheckIn(changed, events());
    }

    private CheckIn recording(CheckInEvent event) {
        List<CheckInEvent> recorded = new ArrayList<>(events());
        recorded.add(event);
        return new CheckIn(state(), recorded);
    }
}
