package org.tandem.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/** Something a {@link ReminderSource} says people should be reminded of; notify writes the emails. */
public sealed interface Reminder {

    OrganizationId organizationId();

    /** A check-in starts within a day: both people hear of it, and the mentee is asked to log progress first. */
    record CheckInComing(OrganizationId organizationId, UUID checkInId, PersonId mentor, PersonId mentee, Instant scheduledAt,
                         int durationMinutes, String link) implements Reminder {
    }

    /** A person's open action items due on {@code tomorrow}, and those already past their date. */
    record ActionItemsDue(OrganizationId organizationId, PersonId owner, LocalDate tomorrow, List<Item> dueTomorrow,
                          List<Item> overdue, String link) implements Reminder {

        public ActionItemsDue {
            dueTomorrow = List.copyOf(dueTomorrow);
            overdue = List.copyOf(overdue);
        }
    }

    record Item(UUID id, String task, LocalDate dueOn) {
    }
}
