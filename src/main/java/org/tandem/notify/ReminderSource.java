package org.tandem.notify;

import java.time.Instant;
import java.util.List;

/**
 * A feature with things worth a reminder implements this as a bean. Every scan asks each source for the
 * reminders whose moment to be sent lies in {@code [from, to]} and that are still relevant at {@code to}
 * (a check-in not yet started, an item still open). Windows overlap from scan to scan on purpose: each
 * reminder has a unique key, so answering the same one again never sends it twice.
 */
public interface ReminderSource {

    List<Reminder> dueBetween(Instant from, Instant to);
}
