package org.tandem.notify;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.feedback.PeerFeedbackRequested;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.PeopleService;

/**
 * Writes the invitation email for a peer-feedback request, in the transaction that stored the request (the
 * event is published inside it), so the request and its invitation exist together or not at all.
 */
@Component
class PeerFeedbackInvitations {

    private final Notifications notifications;
    private final Mentorships mentorships;
    private final PeopleService people;

    PeerFeedbackInvitations(Notifications notifications, Mentorships mentorships, PeopleService people) {
        this.notifications = notifications;
        this.mentorships = mentorships;
        this.people = people;
    }

    @EventListener
    void on(PeerFeedbackRequested requested) {
        String askedBy = mentorships.find(requested.organizationId(), requested.mentorshipId())
                .map(m -> {
                    Map<UUID, String> names = people.names(requested.organizationId(), List.of(m.menteeId().value(), m.mentorId().value()));
                    return names.getOrDefault(m.menteeId().value(), "A colleague") + " and " + names.getOrDefault(m.mentorId().value(), "their mentor");
                })
                .orElse("A colleague");
        var mail = MailTemplates.peerFeedbackInvitation(askedBy, requested.about(), requested.dueOn(), requested.link());
        notifications.enqueueMailTo(requested.organizationId(), requested.email(), NotificationKind.PEER_FEEDBACK_INVITATION, mail.subject(),
                mail.content(), "peer-feedback-invitation:" + requested.requestId().value());
    }
}
