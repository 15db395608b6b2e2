package org.tandem.checkin.cadence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.checkin.actionplan.ActionItemRepository;
import org.tandem.checkin.session.CheckInRepository;
import org.tandem.notify.Reminder;
import org.tandem.notify.ReminderSource;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;

/**
 * What check-ins ask notify to remind people of: a check-in 24 hours before it starts (both people; notify adds the
 * mentee's prompt to log progress), and each person's open action items due tomorrow or overdue, once a day at
 * {@link #EVENING} in their own time zone. Answers what falls in the window and is still relevant at its end.
 */
@Component
public class CheckInReminders implements ReminderSource {

    static final Duration AHEAD = Duration.ofHours(24);
    public static final LocalTime EVENING = LocalTime.of(17, 0);

    private final CheckInRepository checkIns;
    private final ActionItemRepository actionItems;
    private final PeopleService people;

    CheckInReminders(CheckInRepository checkIns, ActionItemRepository actionItems, PeopleService people) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
        this.people = people;
    }

    @Override
    public List<Reminder> dueBetween(Instant from, Instant to) {
        List<Reminder> due = new ArrayList<>(checkInsComing(from, to));
        due.addAll(actionItemsDue(from, to));
        return due;
    }

    /** Check-ins whose "24 hours before" lies in the window and which have not begun by its end. */
    public List<Reminder> checkInsComing(Instant from, Instant to) {
        return checkIns.scheduledBetweenEverywhere(from.plus(AHEAD), to.plus(AHEAD)).stream()
                .filter(c -> c.scheduledAt().isAfter(to))
                .map(c -> (Reminder) new Reminder.CheckInComing(c.organization(), c.id().value(), c.mentor(), c.mentee(), c.scheduledAt(),
                        c.durationMinutes(), CheckInRoutes.PAGE.replace("{id}", c.id().toString())))
                .toList();
    }

    /** For each owner whose evening moment lies in the window: their items due the next day, and the overdue ones. */
    public List<Reminder> actionItemsDue(Instant from, Instant to) {
        // Tomorrow anywhere on Earth is at most two days after today in UTC.
        LocalDate lastDay = LocalDate.ofInstant(to, java.time.ZoneOffset.UTC).plusDays(2);
        Map<Owner, List<ActionItemRepository.Due>> byOwner = new LinkedHashMap<>();
        for (var item : actionItems.openDueByEverywhere(lastDay)) {
            byOwner.computeIfAbsent(new Owner(item.organization(), item.owner()), o -> new ArrayList<>()).add(item);
        }
        List<Reminder> due = new ArrayList<>();
        byOwner.forEach((owner, items) -> {
            Optional<Person> person = people.find(owner.organization(), owner.person()).filter(Person::active);
            if (person.isEmpty()) {
                return;
            }
            eveningIn(person.get().timeZone(), from, to).ifPresent(today -> {
                LocalDate tomorrow = today.plusDays(1);
                var dueTomorrow = items.stream().filter(i -> i.dueOn().equals(tomorrow)).map(CheckInReminders::item).toList();
                var overdue = items.stream().filter(i -> i.dueOn().isBefore(today)).map(CheckInReminders::item).toList();
                if (!dueTomorrow.isEmpty() || !overdue.isEmpty()) {
                    due.add(new Reminder.ActionItemsDue(owner.organization(), owner.person(), tomorrow, dueTomorrow, overdue, "/"));
                }
            });
        });
        return due;
    }

    /** The local day whose evening moment lies within {@code [from, to]} in this zone, the latest if several do. */
    public static Optional<LocalDate> eveningIn(ZoneId zone, Instant from, Instant to) {
        LocalDate day = LocalDate.ofInstant(to, zone);
        for (int back = 0; back < 3; back++) {
            ZonedDateTime evening = day.minusDays(back).atTime(EVENING).atZone(zone);
            Instant at = evening.toInstant();
            if (!at.isAfter(to) && !at.isBefore(from)) {
                return Optional.of(day.minusDays(back));
            }
        }
        return Optional.empty();
    }

    private static Reminder.Item item(ActionItemRepository.Due due) {
        return new Reminder.Item(due.id(), due.task(), due.dueOn());
    }

    private record Owner(OrganizationId organization, PersonId person) {
    }
}
