package org.tandem.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.PersonId;

/**
 * On Monday morning each person who has something ahead gets one email: the check-ins and due items of
 * the coming seven days, taken from the same sources as their calendar. Nobody gets an empty digest.
 */
@Component
class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final PreferenceRepository preferences;
    private final Calendars calendars;
    private final PeopleService people;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WeeklyDigest(PreferenceRepository preferences, Calendars calendars, PeopleService people, Notifications notifications,
            TransactionTemplate transaction, Clock clock) {
        this.preferences = preferences;
        this.calendars = calendars;
        this.people = people;
        this.notifications = notifications;
        this.transaction = transaction;
        this.clock = clock;
    }

    void run() {
        Instant now = clock.instant();
        String week = now.atZone(java.time.ZoneOffset.UTC).get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + now.atZone(java.time.ZoneOffset.UTC).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        UUID after = null;
        while (true) {
            var page = preferences.digestRecipients(after, 200);
            for (var row : page) {
                try {
                    send(new OrganizationId(row.value1()), new PersonId(row.value2()), now, week);
                } catch (RuntimeException e) {
                    log.warn("Weekly digest for person {} failed", row.value2(), e);
                }
            }
            if (page.size() < 200) {
                return;
            }
            after = page.getLast().value2();
        }
    }

    void send(OrganizationId organization, PersonId personId, Instant now, String week) {
        var person = people.find(organization, personId);
        if (person.isEmpty()) {
            return;
        }
        var zone = person.get().timeZone();
        Instant end = now.plus(7, ChronoUnit.DAYS);
        List<String> lines = calendars.entries(organization, personId).stream()
                .filter(e -> !e.cancelled())
                .filter(e -> {
                    Instant at = e.isAllDay() ? e.allDay().atStartOfDay(zone).toInstant() : e.start();
                    return !at.isBefore(now.truncatedTo(ChronoUnit.DAYS)) && at.isBefore(end);
                })
                .sorted(Comparator.comparing(e -> e.isAllDay() ? e.allDay().atStartOfDay(zone).toInstant() : e.start()))
                .map(e -> (e.isAllDay() ? DAY.format(e.allDay()) : WHEN.format(e.start().atZone(zone))) + ": " + e.title())
                .toList();
        if (lines.isEmpty()) {
            return;
        }
        var content = MailContent.titled("Your week in Tandem")
                .paragraph("Here is what is coming up in the next seven days (times in " + zone.getId() + "):")
                .bullets(lines)
                .build();
        transaction.executeWithoutResult(s -> notifications.enqueueMail(organization, personId, NotificationKind.WEEKLY_DIGEST,
                "Your week ahead: " + lines.size() + (lines.size() == 1 ? " item" : " items"), content, "digest:" + personId + ":" + week));
    }
}
