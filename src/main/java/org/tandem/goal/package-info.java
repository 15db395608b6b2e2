/**
 * Goals a mentee works toward with their mentor: SMART drafts, agreement by both sides, measurements,
 * revisions that keep their reasons, and the signals that say when a goal needs a change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "mentorship", "notify"})
package org.tandem.goal;
