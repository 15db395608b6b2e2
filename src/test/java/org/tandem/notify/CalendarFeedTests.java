package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class CalendarFeedTests {

    static final Instant NINE_IN_NEW_YORK = Instant.parse("2027-03-15T13:00:00Z");

    @Test
    void aTimedEntryKeepsItsZoneUidAndSequence() {
        String ics = CalendarFeed.write("Tandem", ZoneId.of("UTC"), List.of(CalendarEntry.timed("c-1@tandem", "Check-in", NINE_IN_NEW_YORK, Duration.ofMinutes(30),
                ZoneId.of("America/New_York"), false, 4, "Bring the numbers")));

        assertThat(ics).contains("DTSTART;TZID=America/New_York:20270315T090000").contains("BEGIN:VTIMEZONE").contains("TZID:America/New_York");
        var event = Biweekly.parse(ics).first().getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo("c-1@tandem");
        assertThat(event.getSequence().getValue()).isEqualTo(4);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(NINE_IN_NEW_YORK);
        assertThat(event.getDuration().getValue().toMillis()).isEqualTo(Duration.ofMinutes(30).toMillis());
        assertThat(event.getDescription().getValue()).isEqualTo("Bring the numbers");
        assertThat(event.getStatus().isConfirmed()).isTrue();
    }

    @Test
    void aCancelledEntryIsMarkedCancelledAndAnAllDayEntryIsADate() {
        String ics = CalendarFeed.write("Tandem", ZoneId.of("Europe/Berlin"), List.of(
                CalendarEntry.timed("c-2@tandem", "Check-in", NINE_IN_NEW_YORK, Duration.ofMinutes(30), ZoneId.of("UTC"), true, 1, null),
                CalendarEntry.allDay("a-1@tandem", "Due: write the plan", LocalDate.of(2027, 3, 20), ZoneId.of("Europe/Berlin"), false, 0, null)));

        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar.getEvents()).hasSize(2);
        var cancelled = calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals("c-2@tandem")).findFirst().orElseThrow();
        var due = calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals("a-1@tandem")).findFirst().orElseThrow();
        assertThat(cancelled.getStatus().isCancelled()).isTrue();
        assertThat(due.getDateStart().getValue().hasTime()).isFalse();
        assertThat(ics).contains("DTSTART;VALUE=DATE:20270320");
    }

    @Test
    void anEmptyFeedStillHoldsAComponentAndParsesWithoutWarnings() {
        String ics = CalendarFeed.write("Tandem", ZoneId.of("Europe/Berlin"), List.of());
        List<List<biweekly.io.ParseWarning>> warnings = new java.util.ArrayList<>();

        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();

        // RFC 5545 wants at least one component: the reader's VTIMEZONE is one (biweekly files it under timezone info).
        assertThat(ics).contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Berlin");
        assertThat(calendar.getEvents()).isEmpty();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
    }

    /** Parses with ical4j in its strict mode, validates, and returns the TZIDs events use that the feed does not define. */
    private static Set<String> undefinedZones(String ics) throws Exception {
        CompatibilityHints.clearHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING);
        CompatibilityHints.clearHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING);
        CompatibilityHints.clearHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        Set<String> defined = calendar.getComponents(Component.VTIMEZONE).stream()
                .map(zone -> ((VTimeZone) zone).getTimeZoneId().getValue()).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        for (var component : calendar.getComponents()) {
            for (Property property : component.getProperties()) {
                property.getParameter(Parameter.TZID).ifPresent(tzid -> used.add(tzid.getValue()));
            }
        }
        used.removeAll(defined);
        return used;
    }

    @Test
    void everyZoneAnEventNamesIsDefinedAndUtcTimesAreUtcInstants() throws Exception {
        String ics = CalendarFeed.write("Tandem", ZoneId.of("UTC"), List.of(
                CalendarEntry.timed("c-3@tandem", "Check-in", Instant.parse("2027-03-01T09:00:00Z"), Duration.ofMinutes(30), ZoneId.of("UTC"),
                        false, 0, null),
                CalendarEntry.timed("c-4@tandem", "Check-in", Instant.parse("2027-03-02T09:00:00Z"), Duration.ofMinutes(30),
                        ZoneId.of("Etc/UTC"), false, 0, null),
                CalendarEntry.timed("c-5@tandem", "Check-in", NINE_IN_NEW_YORK, Duration.ofMinutes(30), ZoneId.of("America/New_York"),
                        false, 0, null),
                CalendarEntry.timed("c-6@tandem", "Check-in", NINE_IN_NEW_YORK, Duration.ofMinutes(45), ZoneId.of("GMT+02:00"), false, 0, null),
                CalendarEntry.allDay("a-2@tandem", "Due: the plan", LocalDate.of(2027, 3, 20), ZoneId.of("UTC"), false, 0, null)));

        assertThat(undefinedZones(ics)).isEmpty();
        assertThat(ics).doesNotContain("TZID=UTC").doesNotContain("TZID=Etc/UTC")
                .contains("DTSTART:20270301T090000Z", "DTSTART:20270302T090000Z", "DTSTART;TZID=America/New_York:20270315T090000")
                // a zone without a definition of its own is written as the same moment in UTC
                .contains("DTSTART:20270315T130000Z");
    }

    @Test
    void aFeedForSomeoneInUtcWithNothingInItIsStillValid() throws Exception {
        String ics = CalendarFeed.write("Tandem", ZoneId.of("UTC"), List.of());

        assertThat(undefinedZones(ics)).isEmpty();
        assertThat(ics).contains("BEGIN:VTIMEZONE").doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void aFeedWithTheReadersOwnZoneDefinesIt() throws Exception {
        String ics = CalendarFeed.write("Tandem", ZoneId.of("Europe/Berlin"), List.of(CalendarEntry.timed("c-7@tandem", "Check-in",
                Instant.parse("2027-07-01T07:00:00Z"), Duration.ofMinutes(30), ZoneId.of("Europe/Berlin"), false, 2, null)));

        assertThat(undefinedZones(ics)).isEmpty();
        assertThat(ics).contains("DTSTART;TZID=Europe/Berlin:20270701T090000", "TZID:Europe/Berlin");
    }
}
