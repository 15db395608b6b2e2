package org.tandem.checkin.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tandem.checkin.CheckInEvent;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInPartChanged;
import org.tandem.checkin.CheckInEvent.CheckInCompleted;
import org.tandem.checkin.CheckInEvent.CheckInRescheduled;
import org.tandem.checkin.CheckInEvent.CheckInScheduled;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.checkin.summary.CheckInSummary;
import org.tandem.notify.MailTemplates;
import org.tandem.notify.NotificationKind;
import org.tandem.notify.Notifications;
import org.tandem.notify.WebhookEvents;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.shared.Links;

/**
 * What leaves Tandem when a check-in changes, written in the transaction of the change: the events for listeners
 * inside the application, the {@code checkin.scheduled} and {@code checkin.completed} webhooks, and the mentee's
 * rating request with the summary. Each message's key names its occasion, so writing it twice sends it once.
 */
@Component
public class CheckInMessages {

    private final Notifications notifications;
    private final CheckInRepository checkIns;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Links links;

    CheckInMessages(Notifications notifications, CheckInRepository checkIns, PeopleService people, ApplicationEventPublisher events,
            Links links) {
        this.notifications = notifications;
        this.checkIns = checkIns;
        this.people = people;
        this.events = events;
        this.links = links;
    }

    /**
     * A part of the check-in page changed (an item planned, the interpretation rewritten, the agenda moved on), so
     * the live check-in tells the other person's open page to fetch it again ({@link CheckInPartChanged}). Must run
     * inside the transaction that stored the change, whichever door it came through (page, API, demo seed).
     * {@code onlyForAuthor}: nobody else may learn of it (a private note).
     */
    public void partChanged(CheckInId checkIn, String part, String item, PersonId by, boolean onlyForAuthor) {
        events.publishEvent(new CheckInPartChanged(checkIn, part, item, by, onlyForAuthor));
    }

    /** Must run inside the transaction that stored the change. */
    public void publish(OrganizationId organization, CheckIn stored, List<CheckInEvent> happened) {
        for (CheckInEvent event : happened) {
            events.publishEvent(event);
            switch (event) {
                case CheckInScheduled s -> notifications.enqueueWebhookEvent(organization, WebhookEvents.CHECKIN_SCHEDULED,
                        scheduledData(stored, null), "checkin-scheduled:" + s.checkInId());
                case CheckInRescheduled r -> notifications.enqueueWebhookEvent(organization, WebhookEvents.CHECKIN_SCHEDULED,
                        scheduledData(stored, r), "checkin-rescheduled:" + r.checkInId() + ":" + r.occurredAt());
                case CheckInCompleted c -> completed(organization, stored, c);
                default -> {
                }
            }
        }
    }

    private Map<String, Object> scheduledData(CheckIn stored, CheckInRescheduled moved) {
        Map<String, Object> data = base(stored);
        data.put("scheduledAt", stored.scheduledAt().toString());
        data.put("durationMinutes", stored.durationMinutes());
        if (moved != null) {
            data.put("previousScheduledAt", moved.from().toString());
            data.put("movedBy", moved.by() == null ? "CADENCE" : moved.by().value().toString());
        }
        return data;
    }

    private void completed(OrganizationId organization, CheckIn stored, CheckInCompleted completed) {
        Map<String, Object> data = base(stored);
        data.put("scheduledAt", stored.scheduledAt().toString());
        if (stored.startedAt() != null) {
            data.put("startedAt", stored.startedAt().toString());
        }
        data.put("completedAt", completed.occurredAt().toString());
        data.put("completedBy", completed.by().value().toString());
        data.put("summaryUrl", links.absolute("/api/v1/check-ins/" + stored.id() + "/summary"));
        notifications.enqueueWebhookEvent(organization, WebhookEvents.CHECKIN_COMPLETED, data, "checkin-completed:" + stored.id());

        // The mail goes to the mentee, so the summary is read as the mentee reads it.
        var menteeZone = people.find(organization, stored.pair().mentee()).map(Person::timeZone).orElse(java.time.ZoneOffset.UTC);
        String summary = checkIns.summary(organization, stored.id(), stored.pair().mentee()).map(CheckInRepository.StoredSummary::markdown)
                .map(markdown -> CheckInSummary.forReader(markdown, menteeZone)).orElse(null);
        String mentor = people.find(organization, stored.pair().mentor()).map(Person::displayName).orElse("your mentor");
        var mail = MailTemplates.ratingRequest(mentor, summary, links.absolute(CheckInRoutes.PAGE.replace("{id}", stored.id().toString())));
        notifications.enqueueMail(organization, stored.pair().mentee(), NotificationKind.RATING_REQUEST, mail.subject(), mail.content(),
                "rating-request:" + stored.id());
    }

    private static Map<String, Object> base(CheckIn stored) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("checkInId", stored.id().toString());
        data.put("mentorshipId", stored.mentorshipId().value().toString());
        data.put("mentorId", stored.pair().mentor().value().toString());
        data.put("menteeId", stored.pair().mentee().value().toString());
        data.put("status", stored.status().name());
        return data;
    }
}
