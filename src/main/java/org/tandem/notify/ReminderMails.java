package org.tandem.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tandem.notify.Reminder.ActionItemsDue;
import org.tandem.notify.Reminder.CheckInComing;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.shared.Links;

/** Words and keys of reminder emails: one per person and occasion, times in the reader's own zone. */
@Component
class ReminderMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final Notifications notifications;
    private final PeopleService people;
    private final Clock clock;
    private final Links links;

    ReminderMails(Notifications notifications, PeopleService people, Clock clock,
            Links links) {
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
        this.links = links;
    }

    /** Must run inside a transaction, like every enqueue. */
    void enqueue(Reminder reminder) {
        switch (reminder) {
            case CheckInComing c -> {
                checkIn(c, c.mentor(), c.mentee(), false);
                checkIn(c, c.mentee(), c.mentor(), true);
            }
            case ActionItemsDue a -> actions(a);
        }
    }

    static String checkInKey(CheckInComing c, PersonId recipient) {
        return "checkin-24h:" + c.checkInId() + ":" + c.scheduledAt() + ":" + recipient;
    }

    private void checkIn(CheckInComing c, PersonId recipient, PersonId partnerId, boolean mentee) {
        var person = people.find(c.organizationId(), recipient);
        if (person.isEmpty()) {
            return;
        }
        String partner = people.find(c.organizationId(), partnerId).map(Person::displayName).orElse("your partner");
        String when = WHEN.format(c.scheduledAt().atZone(person.get().timeZone())) + " (" + person.get().timeZone().getId() + ")";
        var content = MailContent.titled("Check-in with " + partner + " soon")
                .paragraph("Your check-in with " + partner + " is on " + when + " and runs " + c.durationMinutes() + " minutes.");
        if (mentee) {
            content.paragraph("Before you meet, log your latest progress on your goals, so the review starts from current numbers "
                    + "rather than memory.");
        } else {
            content.paragraph("A glance at last time's action items and the mentee's recent progress makes the review quicker.");
        }
        if (c.link() != null) {
            content.link("Open the check-in", absolute(c.link()));
        }
        notifications.enqueueMail(c.organizationId(), recipient, NotificationKind.CHECKIN_REMINDER, "Check-in with " + partner + " on "
                + DAY.format(c.scheduledAt().atZone(person.get().timeZone())), content.build(), checkInKey(c, recipient));
    }

    private void actions(ActionItemsDue a) {
        if (a.dueTomorrow().isEmpty() && a.overdue().isEmpty()) {
            return;
        }
        var content = MailContent.titled("Your action items");
        if (!a.dueTomorrow().isEmpty()) {
            LocalDate today = people.find(a.organizationId(), a.owner()).map(p -> LocalDate.now(clock.withZone(p.timeZone())))
                    .orElse(a.tomorrow().minusDays(1));
            content.paragraph(dueHeading(a.tomorrow(), today)).bullets(lines(a.dueTomorrow()));
        }
        if (!a.overdue().isEmpty()) {
            content.paragraph("Past their due date. Finish them, or drop them with a reason so nobody keeps waiting:")
                    .bullets(lines(a.overdue()));
        }
        if (a.link() != null) {
            content.link("See your action items", absolute(a.link()));
        }
        int count = a.dueTomorrow().size() + a.overdue().size();
        notifications.enqueueMail(a.organizationId(), a.owner(), NotificationKind.ACTION_ITEMS_DUE,
                count == 1 ? "1 action item needs you" : count + " action items need you", content.build(),
                "action-items:" + a.owner() + ":" + a.tomorrow());
    }

    /**
     * "Due tomorrow" only when it is: a reminder sent late (the instance was down over the evening it belonged to)
     * names the day as today, or just its date.
     */
    static String dueHeading(LocalDate due, LocalDate today) {
        if (due.equals(today.plusDays(1))) {
            return "Due tomorrow, " + DAY.format(due) + ":";
        }
        return (due.equals(today) ? "Due today, " : "Due ") + DAY.format(due) + ":";
    }

    private static List<String> lines(List<Reminder.Item> items) {
        return items.stream().map(i -> i.task() + " (due " + DAY.format(i.dueOn()) + ")").toList();
    }

    String absolute(String link) {
        return links.absolute(link);
    }

}
