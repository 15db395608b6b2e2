/**
 * Feedback that stays about behaviour and outcomes: the explainable quality check (a plain-Java core,
 * {@link org.tandem.feedback.FeedbackChecker}, with Spring pieces around it), the live check for pages and
 * the API, and peer feedback that a teammate gives by guest link.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "mentorship"})
package org.tandem.feedback;
