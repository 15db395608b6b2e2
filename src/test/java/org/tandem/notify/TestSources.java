package org.tandem.notify;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/** Stand-ins for the check-in feature's sources: tests put reminders and calendar entries in, notify reads them out. */
@TestConfiguration(proxyBeanMethods = false)
class TestSources {

    static final List<Reminder> REMINDERS = new CopyOnWriteArrayList<>();
    static final List<Owned> ENTRIES = new CopyOnWriteArrayList<>();

    record Owned(PersonId person, CalendarEntry entry) {
    }

    @Bean
    ReminderSource testReminders() {
        return (from, to) -> REMINDERS.stream().filter(r -> !(r instanceof Reminder.CheckInComing c) || inWindow(c, from, to)).toList();
    }

    @Bean
    CalendarSource testCalendar() {
        return (OrganizationId organization, PersonId person) -> ENTRIES.stream().filter(o -> o.person().equals(person)).map(Owned::entry).toList();
    }

    /** As the check-in feature will answer: due when "24 hours before" has passed and the check-in has not. */
    static boolean inWindow(Reminder.CheckInComing c, Instant from, Instant to) {
        Instant sendAt = c.scheduledAt().minusSeconds(24 * 3600);
        return !sendAt.isAfter(to) && !sendAt.isBefore(from) && c.scheduledAt().isAfter(to);
    }
}
