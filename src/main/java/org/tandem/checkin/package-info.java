/**
 * Check-ins: the sessions a mentor and mentee hold, with their agenda, observations, action items, risks,
 * notes and ratings, and the rules that keep the method's rhythm (nothing dropped silently, private notes
 * stay private).
 *
 * <p>This top package is the feature's API, what other features, the demo seed and the templates may use: the ids,
 * events and statuses ({@link org.tandem.checkin.CheckInId}, {@link org.tandem.checkin.CheckInEvent},
 * {@link org.tandem.checkin.CheckInStatus}), the use cases ({@link org.tandem.checkin.CheckInService},
 * {@link org.tandem.checkin.CheckInContentService}, {@link org.tandem.checkin.ActionPlanService}), the demo's
 * {@link org.tandem.checkin.CheckInBackfill}, the routes, and {@link org.tandem.checkin.MilestoneLookup}, which the
 * milestone feature answers. The rooms below are internal (Spring Modulith refuses other features' use of them):
 * {@code session} (the check-in and its agenda), {@code record} (what the pair writes), {@code actionplan} (action
 * items and risks, carried over), {@code cadence} (planning, reminders, calendar, home), {@code summary} (written at
 * completion), {@code page} (the page and the API's view) and {@code support} (helpers). See
 * docs/decisions/0082-checkin-rooms.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "mentorship", "program", "goal", "feedback", "notify"})
package org.tandem.checkin;
