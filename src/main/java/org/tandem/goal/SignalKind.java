package org.tandem.goal;

/** Why a goal may need an adjustment. */
public enum SignalKind {
    /** At the measured pace the target is missed on the due date. */
    OFF_TRACK,
    /** Work is being done, but the indicator barely moves: the plan or the goal may be wrong. */
    EFFORT_WITHOUT_IMPACT,
    /** The due date has passed and the target was not reached. */
    OVERDUE,
    /** The due date is close and the target is not reached yet. */
    DUE_SOON,
    /** Nobody has measured the indicator for more than two check-in intervals. */
    STALE
}
