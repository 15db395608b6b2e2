/**
 * Mentorships: a mentor and a mentee in a program, the cadence they meet on, the mentee's preferences,
 * and who may see the pair's work.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "program"})
package org.tandem.mentorship;
