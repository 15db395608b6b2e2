package org.tandem.live;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.checkin.CheckInEvent;
import org.tandem.checkin.CheckInPartChanged;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.live.LiveSignals.Kind;
import org.tandem.people.PersonDeactivated;
import org.tandem.people.PersonErased;
import org.tandem.people.PersonId;

/**
 * Writes what the check-in feature says happened into the live log and signals the streams. A change of status
 * (scheduled, moved, started, completed, missed, cancelled) and a changed part of the page (from whichever door: page,
 * API, demo seed) are appended in the transaction that made them, so the log and the change commit together.
 * When a person is deactivated or erased, their streams end on every instance.
 */
@Component
class LiveRecorder {

    /** The page part a change of status concerns: the whole check-in. */
    static final String LIFECYCLE = "lifecycle";

    private final LiveLog liveLog;
    private final LiveSignals signals;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LiveRecorder(LiveLog liveLog, LiveSignals signals, TransactionTemplate transaction, Clock clock) {
        this.liveLog = liveLog;
        this.signals = signals;
        this.transaction = transaction;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CheckInEvent event) {
        PersonId by = switch (event) {
            case CheckInEvent.CheckInScheduled scheduled -> null;
            case CheckInEvent.CheckInRescheduled moved -> moved.by();
            case CheckInEvent.CheckInStarted started -> started.by();
            case CheckInEvent.CheckInCompleted completed -> completed.by();
            case CheckInEvent.CheckInMissed missed -> null;
            case CheckInEvent.CheckInCancelled cancelled -> cancelled.by();
        };
        append(event.checkInId().value(), LiveEvent.STATUS, LIFECYCLE, null, by, null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CheckInPartChanged changed) {
        UUID author = changed.by() == null ? null : changed.by().value();
        append(changed.checkInId().value(), kindOf(changed.part()), changed.part(), changed.item(), changed.by(),
                changed.onlyForAuthor() ? author : null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonDeactivated deactivated) {
        signals.send(Kind.ACCESS_ENDED, deactivated.personId().value());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonErased erased) {
        signals.send(Kind.ACCESS_ENDED, erased.personId().value());
    }

    static String kindOf(String part) {
        if (part == null) {
            return LiveEvent.PART;
        }
        return switch (part) {
            case CheckInRoutes.AGENDA_ID -> LiveEvent.SECTION;
            case CheckInRoutes.ACTION_ITEMS_ID, CheckInRoutes.RISKS_ID -> LiveEvent.ITEM;
            case CheckInRoutes.NOTES_ID -> LiveEvent.NOTE;
            case LIFECYCLE -> LiveEvent.STATUS;
            default -> LiveEvent.PART;
        };
    }

    /** Joins the transaction of the change when there is one (the lock on the position is then held until it ends). */
    private void append(UUID checkIn, String kind, String part, String item, PersonId by, UUID onlyFor) {
        transaction.executeWithoutResult(status -> {
            liveLog.append(checkIn, kind, part, item, by == null ? null : by.value(), onlyFor, clock.instant());
            signals.send(Kind.LOGGED, checkIn);
        });
    }
}
