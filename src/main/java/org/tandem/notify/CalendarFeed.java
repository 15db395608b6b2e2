package org.tandem.notify;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes a person's entries as an iCalendar feed (RFC 5545) with ical4j: timed events carry their TZID and
 * the matching VTIMEZONE, all-day items are DATE values, each event keeps the uid and sequence its source
 * gave it, and cancelled ones say STATUS:CANCELLED so calendar apps remove them.
 */
final class CalendarFeed {

    static {
        // The time zone definitions ship inside ical4j; never let it fetch newer ones from the network.
        if (System.getProperty("net.fortuna.ical4j.timezone.update.enabled") == null) {
            System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        }
    }

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarFeed() {
    }

    /** {@code home} is the reader's zone: its definition is always included, so even a feed without events is a valid calendar. */
    static String write(String name, ZoneId home, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tandem//Check-ins and actions//EN"));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        List<CalendarEntry> sorted = entries.stream()
                .sorted(Comparator.comparing(CalendarFeed::sortKey).thenComparing(CalendarEntry::uid))
                .toList();
        Set<ZoneId> zones = new LinkedHashSet<>();
        zones.add(home);
        sorted.stream().filter(e -> !e.isAllDay()).forEach(e -> zones.add(e.zone()));
        for (ZoneId zone : zones) {
            var timeZone = ZONES.getTimeZone(zone.getId());
            if (timeZone != null) {
                VTimeZone definition = timeZone.getVTimeZone();
                calendar.add(definition);
            }
        }
        for (CalendarEntry entry : sorted) {
            calendar.add(event(entry));
        }
        return calendar.toString();
    }

    private static VEvent event(CalendarEntry entry) {
        VEvent event;
        if (entry.isAllDay()) {
            event = new VEvent(entry.allDay(), entry.title());
        } else {
            // A zone ical4j has no definition for is written in UTC rather than with a TZID nobody can resolve.
            ZoneId zone = ZONES.getTimeZone(entry.zone().getId()) == null ? ZoneId.of("UTC") : entry.zone();
            event = new VEvent(entry.start().atZone(zone), entry.duration(), entry.title());
        }
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        return event;
    }

    private static java.time.Instant sortKey(CalendarEntry entry) {
        return entry.isAllDay() ? entry.allDay().atStartOfDay(entry.zone()).toInstant() : entry.start();
    }
}
