/**
 * The goal itself: the {@link org.tandem.goal.core.Goal} aggregate with its terms, revisions and measurements, every
 * rule that guards a change (as transitions only this package can call), the repositories that store it, and the
 * use cases that run a change in a transaction ({@link org.tandem.goal.core.GoalLifecycle},
 * {@link org.tandem.goal.core.GoalRevising}, {@link org.tandem.goal.core.GoalMeasuring}). A new rule about who may
 * change what, and when, goes here.
 */
package org.tandem.goal.core;
