/**
 * Goals a mentee works toward with their mentor: SMART drafts, agreement by both sides, measurements,
 * revisions that keep their reasons, and the signals that say when a goal needs a change.
 *
 * <p>This top package is what other features may use: ids, events, read models ({@link org.tandem.goal.GoalSummary},
 * {@link org.tandem.goal.GoalHistory}), {@link org.tandem.goal.GoalService} for their questions, the goal page's address
 * ({@link org.tandem.goal.GoalController}) and {@link org.tandem.goal.GoalBackfill} for the demo seed. Everything else
 * lives in sub-packages that Spring Modulith keeps internal: {@code core} (the aggregate, its rules, storage and the
 * use cases that change it), {@code smart} (the SMART check), {@code signals} (progress, trend-based signals and the
 * reads that compute them), {@code web} (pages) and {@code api} (JSON).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "mentorship", "notify"})
package org.tandem.goal;
