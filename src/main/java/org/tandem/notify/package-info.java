/**
 * Notifications: an outbox written in the caller's transaction and delivered by db-scheduler (email over
 * SMTP, signed webhooks), reminders, each person's choices of what they receive, and their calendar feed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "mentorship", "feedback"})
package org.tandem.notify;
