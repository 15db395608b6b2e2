/**
 * Where a goal stands: progress toward the target, the projection at the current pace, and the signals that ask for
 * an adjustment (stale, off pace, effort without impact). {@link org.tandem.goal.signals.GoalReads} loads a goal with
 * everything these are computed from, so the pages, the API and other features see the same figures.
 */
package org.tandem.goal.signals;
