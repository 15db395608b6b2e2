/**
 * Check-ins: the sessions a mentor and mentee hold, with their agenda, observations, action items, risks,
 * notes and ratings, and the rules that keep the method's rhythm (nothing dropped silently, private notes
 * stay private).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "mentorship", "program", "goal", "feedback", "notify"})
package org.tandem.checkin;
