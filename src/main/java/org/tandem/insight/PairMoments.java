package org.tandem.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.tandem.insight.InsightReadModel.CheckInFact;

/**
 * When a pair last met, when it meets next, and since when the check-ins it held go unrated: the moments the lead's
 * pair table shows and flags (decision 0085), stored with the pair's rollup. Whether a check-in was rated is all
 * that is kept of the rating — never what it said.
 *
 * @param lastHeldAt   the latest completed check-in, as scheduled; null before the first
 * @param nextAt       the earliest check-in still planned and not past its window; null when none is
 * @param unratedSince the earliest completed check-in after the latest one the mentee rated; null when the latest
 *                     completed one was rated, or none was held
 */
record PairMoments(Instant lastHeldAt, Instant nextAt, Instant unratedSince) {

    /** @param checkIns the pair's check-ins, oldest first */
    static PairMoments of(List<CheckInFact> checkIns, Duration window, Instant now) {
        Instant lastHeld = null;
        Instant next = null;
        Instant unrated = null;
        for (CheckInFact c : checkIns) {
            switch (c.status()) {
                case "COMPLETED" -> {
                    lastHeld = c.scheduledAt();
                    if (c.clarity() != null) {
                        unrated = null;
                    } else if (unrated == null) {
                        unrated = c.scheduledAt();
                    }
                }
                case "SCHEDULED", "IN_PROGRESS" -> {
                    if (next == null && !c.scheduledAt().plus(window).isBefore(now)) {
                        next = c.scheduledAt();
                    }
                }
                default -> {
                }
            }
        }
        return new PairMoments(lastHeld, next, unrated);
    }
}
