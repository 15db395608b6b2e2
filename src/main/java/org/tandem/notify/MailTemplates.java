package org.tandem.notify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of the emails other features ask notify to send, kept here so every email reads alike. Each
 * returns the subject and the body; the caller enqueues it with its own unique key.
 */
public final class MailTemplates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private MailTemplates() {
    }

    public record Mail(String subject, MailContent content) {
    }

    /** To the mentee once a check-in is completed: its summary, and three quick ratings. */
    public static Mail ratingRequest(String mentorName, String summary, String link) {
        var body = MailContent.titled("How was your check-in with " + mentorName + "?")
                .paragraph("Here is what you agreed on:")
                .paragraph(summary == null || summary.isBlank() ? "(No summary was written.)" : summary)
                .paragraph("Three ratings from 1 to 5 (clarity, usefulness, support) help you and your mentor see whether your "
                        + "check-ins work. It takes under a minute.");
        if (link != null) {
            body.link("Rate the check-in", link);
        }
        return new Mail("Rate your check-in with " + mentorName, body.build());
    }

    /** To a colleague asked for feedback on one specific thing; {@code askedBy} names the pair who asks. */
    public static Mail peerFeedbackInvitation(String askedBy, String about, LocalDate dueOn, String link) {
        var body = MailContent.titled(askedBy + " would value your feedback")
                .paragraph("They ask about: " + about)
                .paragraph("Describe a situation you saw, what was done, the effect it had, and one thing to try next time. "
                        + "A concrete example helps far more than a general impression.")
                .paragraph("Please answer by " + DAY.format(dueOn) + ". You do not need an account.")
                .link("Give feedback", link);
        return new Mail("Your feedback, please: " + about, body.build());
    }

    /** To someone invited to add their words to a celebration. */
    public static Mail stakeholderInvitation(String menteeName, String milestoneTitle, String link) {
        var body = MailContent.titled(menteeName + " reached a milestone: " + milestoneTitle)
                .paragraph("You were invited because you saw this work up close. A few sentences about the difference it made "
                        + "would mean a lot. You do not need an account.")
                .link("Add your words", link);
        return new Mail("Celebrate " + menteeName + ": " + milestoneTitle, body.build());
    }
}
