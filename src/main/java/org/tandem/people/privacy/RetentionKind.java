package org.tandem.people.privacy;

import java.time.Duration;
import java.util.function.Function;

/** The kinds of data the retention job purges, in the order it purges them, with what purging means. */
public enum RetentionKind {
    OUTBOX_ROWS("Finished outbox messages", "Sent, dead and cancelled messages are deleted.", RetentionProperties::outboxRows),
    SENT_MAIL_BODIES("Bodies of sent mails", "The text of a mail once it was sent is blanked; the envelope (to, subject, status) stays.",
            RetentionProperties::sentMailBodies),
    ENDED_MENTORSHIP_CONTENT("Check-in words of ended mentorships",
            "In completed check-ins of mentorships that have ended, notes, observations, answers, feedback, wins, the interpretation, the takeaway, "
                    + "the rating comment and the summary are blanked; dates, counts and ratings stay for the program's figures.",
            RetentionProperties::endedMentorshipContent),
    AUDIT_ENTRIES("Audit log entries", "Entries older than this are deleted.", RetentionProperties::auditEntries),
    DEACTIVATED_ACCOUNTS("Deactivated accounts", "An account deactivated this long ago is erased, exactly as an admin's erasure would.",
            RetentionProperties::deactivatedAccounts),
    IDEMPOTENCY_RECORDS("Remembered API answers", "Answers kept so a retried request is not done twice are deleted.",
            RetentionProperties::idempotencyRecords);

    private final String label;
    private final String effect;
    private final Function<RetentionProperties, Duration> period;

    RetentionKind(String label, String effect, Function<RetentionProperties, Duration> period) {
        this.label = label;
        this.effect = effect;
        this.period = period;
    }

    public String label() {
        return label;
    }

    public String effect() {
        return effect;
    }

    public Duration period(RetentionProperties properties) {
        return period.apply(properties);
    }

    /** The property's name as written in configuration, e.g. {@code tandem.retention.sent-mail-bodies}. */
    public String property() {
        return "tandem.retention." + name().toLowerCase().replace('_', '-');
    }
}
