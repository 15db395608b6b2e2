package org.tandem.checkin.cadence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.ActionItemRepository;
import org.tandem.checkin.page.CheckInReader;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInRepository;
import org.tandem.notify.CalendarEntry;
import org.tandem.notify.CalendarSource;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;

/**
 * A person's check-ins and the due dates of their action items, for their calendar feed. Uids are derived from the
 * ids, so they never change; the sequence is the row's version, which grows with every stored change (a move, a
 * cancellation, the start). Cancelled check-ins and dropped items stay in the feed, marked cancelled, for
 * {@link #KEEP} after their date so calendar apps remove them; so do missed ones, which say so.
 */
@Component
class CheckInCalendar implements CalendarSource {

    static final Duration KEEP = Duration.ofDays(30);

    private final CheckInRepository checkIns;
    private final ActionItemRepository actionItems;
    private final PeopleService people;
    private final CheckInReader reader;

    CheckInCalendar(CheckInRepository checkIns, ActionItemRepository actionItems, PeopleService people, CheckInReader reader) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
        this.people = people;
        this.reader = reader;
    }

    static String uid(CheckInId id) {
        return "checkin-" + id + "@tandem";
    }

    static String uid(UUID actionItem) {
        return "action-" + actionItem + "@tandem";
    }

    @Override
    public List<CalendarEntry> entriesFor(OrganizationId organization, PersonId person) {
        ZoneId zone = people.find(organization, person).map(Person::timeZone).orElse(ZoneOffset.UTC);
        Instant since = reader.now().minus(KEEP);
        List<CalendarEntry> entries = new ArrayList<>();
        List<CheckIn> mine = checkIns.ofPerson(organization, person).stream().filter(c -> c.scheduledAt().isAfter(since)).toList();
        Set<UUID> partners = new java.util.HashSet<>();
        mine.forEach(c -> partners.add(c.pair().mentor().equals(person) ? c.pair().mentee().value() : c.pair().mentor().value()));
        Map<UUID, String> names = people.names(organization, partners);
        for (CheckIn c : mine) {
            PersonId partner = c.pair().mentor().equals(person) ? c.pair().mentee() : c.pair().mentor();
            String with = names.getOrDefault(partner.value(), "your partner");
            entries.add(CalendarEntry.timed(uid(c.id()), "Check-in with " + with, c.scheduledAt(), Duration.ofMinutes(c.durationMinutes()),
                    zone, c.status() == CheckInStatus.CANCELLED, sequence(c.version()), description(c)));
        }
        LocalDate from = LocalDate.ofInstant(since, zone);
        for (ActionItem item : actionItems.ownedBy(organization, person)) {
            boolean dropped = item.status() == ActionItem.Status.DROPPED;
            if ((item.status() == ActionItem.Status.OPEN || dropped) && !item.dueOn().isBefore(from)) {
                entries.add(CalendarEntry.allDay(uid(item.id()), "Due: " + item.task(), item.dueOn(), zone, dropped, sequence(item.version()),
                        dropped ? "Dropped: " + item.closure().reason() : "An action item from your check-in. Mark it done in Tandem."));
            }
        }
        return entries;
    }

    private static String description(CheckIn c) {
        return switch (c.status()) {
            case SCHEDULED -> "Your check-in in Tandem: " + c.durationMinutes() + " minutes.";
            case IN_PROGRESS -> "In progress.";
            case COMPLETED -> "Completed. The summary is in Tandem.";
            case MISSED -> "Missed: nobody started this check-in.";
            case CANCELLED -> "Cancelled: " + c.state().cancellation().reason();
        };
    }

    private static int sequence(long version) {
        return (int) Math.min(Integer.MAX_VALUE, version);
    }
}
