package org.tandem.goal;

/**
 * What success means for a goal. Kept as a kind rather than free text because the method turns one into the
 * other: when delivering stalls, a pair may reframe the goal around the competence the work builds.
 */
public enum GoalKind {
    /** Deliver something: a feature, a document, a talk. */
    OUTPUT,
    /** Demonstrate a competence, shown by an observable indicator. */
    LEARNING
}
