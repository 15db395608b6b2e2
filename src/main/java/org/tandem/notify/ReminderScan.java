package org.tandem.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks every {@link ReminderSource} what is due and writes the emails, each reminder in its own
 * transaction. Run by a recurring db-scheduler task, so one instance of a cluster scans at a time; the
 * unique keys make overlapping windows and repeated scans harmless.
 */
@Component
class ReminderScan {

    private static final Logger log = LoggerFactory.getLogger(ReminderScan.class);

    private final ObjectProvider<ReminderSource> sources;
    private final ReminderMails mails;
    private final NotifyProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReminderScan(ObjectProvider<ReminderSource> sources, ReminderMails mails, NotifyProperties properties, TransactionTemplate transaction,
            Clock clock) {
        this.sources = sources;
        this.mails = mails;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    void run() {
        Instant to = clock.instant();
        Instant from = to.minus(properties.reminderCatchUp());
        sources.orderedStream().forEach(source -> {
            List<Reminder> due;
            try {
                due = source.dueBetween(from, to);
            } catch (RuntimeException e) {
                log.warn("Reminder source {} failed; the next scan asks again", source.getClass().getSimpleName(), e);
                return;
            }
            for (Reminder reminder : due) {
                try {
                    transaction.executeWithoutResult(status -> mails.enqueue(reminder));
                } catch (RuntimeException e) {
                    log.warn("Could not write the reminder {}; the next scan tries again", reminder, e);
                }
            }
        });
    }
}
