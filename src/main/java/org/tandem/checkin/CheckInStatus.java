package org.tandem.checkin;

/**
 * Where a check-in stands. SCHEDULED → IN_PROGRESS → COMPLETED is the normal path; a scheduled check-in
 * may instead end as MISSED (nobody started it in time) or CANCELLED (someone said why).
 */
public enum CheckInStatus {
    SCHEDULED, IN_PROGRESS, COMPLETED, MISSED, CANCELLED;

    /** No transition leaves a final state; the record of what happened is kept as it was. */
    public boolean isFinal() {
        return this == COMPLETED || this == MISSED || this == CANCELLED;
    }
}
