package org.tandem.notify;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.people.InvitationIssued;
import org.tandem.people.PasswordResetRequested;

/**
 * Writes the invitation and password-reset emails in the transaction that stored their one-time link (people
 * publishes the events inside it), so a link and its mail exist together or not at all. They go to the address
 * itself, not through a person's choices: nobody can switch off the link they are waiting for.
 */
@Component
class AccountMails {

    private final Notifications notifications;

    AccountMails(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(InvitationIssued invitation) {
        String from = invitation.invitedBy() == null ? "Your organization" : invitation.invitedBy();
        var body = MailContent.titled("Welcome to Tandem, " + invitation.displayName())
                .paragraph(from + " added you to Tandem, where mentors and mentees plan their check-ins, follow their goals "
                        + "and celebrate what they reach.")
                .paragraph("To get started, choose your password. The link works once, within 7 days.")
                .link("Choose your password", invitation.link())
                .paragraph("If the link has run out, ask the person who added you to send a fresh one.");
        notifications.enqueueMailTo(invitation.organizationId(), invitation.email(), NotificationKind.ACCOUNT,
                "You're invited to Tandem", body.build(),
                "account-invitation:" + invitation.personId().value() + ":" + invitation.expiresAt());
    }

    @EventListener
    void on(PasswordResetRequested reset) {
        var body = MailContent.titled("Choose a new password")
                .paragraph("Someone, hopefully you, asked to reset the password of your Tandem account.")
                .paragraph("The link below works once, within the next hour.")
                .link("Choose a new password", reset.link())
                .paragraph("If you did not ask for this, you can ignore this email: your password stays as it is.");
        notifications.enqueueMailTo(reset.organizationId(), reset.email(), NotificationKind.ACCOUNT,
                "Your Tandem password reset", body.build(),
                "account-password-reset:" + reset.personId().value() + ":" + reset.expiresAt());
    }
}
