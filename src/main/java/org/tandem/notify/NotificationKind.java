package org.tandem.notify;

/** The kinds of email a person receives; each can be switched off on its own. */
public enum NotificationKind {
    CHECKIN_REMINDER("A check-in is coming up", "The day before each check-in, to both people; the mentee also gets a nudge to log progress."),
    ACTION_ITEMS_DUE("Action items due or overdue", "Your action items due tomorrow, and those past their date."),
    RATING_REQUEST("Rate a check-in", "After a check-in is completed: its summary and a request to rate it."),
    PEER_FEEDBACK_INVITATION("Peer feedback invitations", "When someone asks for your feedback on a colleague."),
    STAKEHOLDER_INVITATION("Celebration invitations", "When you are invited to add your words to a celebration."),
    GOAL_AGREEMENT("Goals waiting for you", "When your mentor or mentee says a goal is achieved, or asks for changes to what you proposed."),
    WEEKLY_DIGEST("Weekly digest", "On Monday morning: your check-ins and due actions for the week ahead."),
    /** Invitations and password-reset links: sent only when asked for, never switched off (so not listed among the choices). */
    ACCOUNT("Account", "Your invitation and password-reset links.");

    private final String label;
    private final String description;

    NotificationKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether a person may switch this kind off: every kind but the account mails they asked for. */
    public boolean choosable() {
        return this != ACCOUNT;
    }
}
