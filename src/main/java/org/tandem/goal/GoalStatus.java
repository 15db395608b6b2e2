package org.tandem.goal;

/** PROPOSED until the other side of the pair agrees; ACTIVE while worked on; ACHIEVED or RETIRED for good. */
public enum GoalStatus {
    PROPOSED, ACTIVE, ACHIEVED, RETIRED;

    public boolean isClosed() {
        return this == ACHIEVED || this == RETIRED;
    }
}
