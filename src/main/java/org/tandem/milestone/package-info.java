/**
 * Milestones on the way to a goal and the celebrations of reaching them: reached by a measurement crossing
 * a threshold or by a person with evidence, told as a story drafted from the goal's history, rewarded, and
 * shared with invited stakeholders and with whoever the mentee chooses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "program", "mentorship", "goal", "checkin",
        "feedback", "notify"})
package org.tandem.milestone;
