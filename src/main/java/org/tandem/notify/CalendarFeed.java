package org.tandem.notify;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes a person's entries as an iCalendar feed (RFC 5545) with ical4j: timed events carry their TZID and
 * the matching VTIMEZONE (every TZID used is defined; UTC and zones without a definition are written as UTC instants), all-day items are DATE values, each event keeps the uid and sequence its source
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
        // No METHOD: a subscribed feed is a plain RFC 5545 calendar, not an iTIP message (METHOD:PUBLISH would
        // require an ORGANIZER on every event).
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        List<CalendarEntry> sorted = entries.stream()
                .sorted(Comparator.comparing(CalendarFeed::sortKey).thenComparing(CalendarEntry::uid))
                .toList();
        Set<ZoneId> zones = new LinkedHashSet<>();
        // A UTC reader still gets one definition (Etc/UTC, used by no event), so an empty feed keeps a component.
        zones.add(isUtc(home) ? ZoneId.of("Etc/UTC") : home);
        sorted.stream().filter(e -> !e.isAllDay() && !isUtc(e.zone())).forEach(e -> zones.add(e.zone()));
        Set<ZoneId> defined = new LinkedHashSet<>();
        for (ZoneId zone : zones) {
            definition(zone).ifPresent(definition -> {
                calendar.add(definition);
                defined.add(zone);
            });
        }
        for (CalendarEntry entry : sorted) {
            calendar.add(event(entry, defined));
        }
        return calendar.toString();
    }

    /**
     * The VTIMEZONE for a zone, only when its TZID is exactly the zone's id (so an event's {@code TZID=} always
     * names a definition in the feed). UTC times need none: they are written as UTC instants ({@code ...T090000Z}).
     */
    private static Optional<VTimeZone> definition(ZoneId zone) {
        var timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone == null) {
            return Optional.empty();
        }
        VTimeZone definition = timeZone.getVTimeZone();
        TzId id = definition.getTimeZoneId();
        return id != null && zone.getId().equals(id.getValue()) ? Optional.of(definition) : Optional.empty();
    }

    private static boolean isUtc(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC);
    }

    private static VEvent event(CalendarEntry entry, Set<ZoneId> defined) {
        VEvent event;
        if (entry.isAllDay()) {
            event = new VEvent(entry.allDay(), entry.title());
        } else if (!isUtc(entry.zone()) && defined.contains(entry.zone())) {
            event = new VEvent(entry.start().atZone(entry.zone()), entry.duration(), entry.title());
        } else {
            // UTC, or a zone the feed holds no definition for: a UTC instant, never a TZID nobody can resolve.
            event = new VEvent(entry.start(), entry.duration(), entry.title());
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
