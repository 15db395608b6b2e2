package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
}
