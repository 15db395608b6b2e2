/**
 * The demo organization seeded on first start so a newcomer can click through Tandem at once.
 * Turned off with {@code tandem.demo=false}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "program", "mentorship", "goal", "checkin", "milestone"})
package org.tandem.demo;
