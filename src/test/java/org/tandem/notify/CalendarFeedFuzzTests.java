package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer on the calendar (ICS) writer: any titles, descriptions, uids, times (within the dates the edge accepts,
 * 1900–2199) and zones give a feed that another parser (biweekly) reads back with every event and its uid, and
 * writing never throws. Seeds in {@code CalendarFeedFuzzTestsInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real
 * (docs/input-limits.md).
 */
class CalendarFeedFuzzTests {

    private static final List<String> ZONES = List.of("UTC", "Z", "Etc/UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu",
            "Australia/Lord_Howe", "Pacific/Apia", "America/St_Johns", "Africa/Casablanca", "+05:30", "GMT");
    private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay() * 86_400;
    private static final long LAST = LocalDate.of(2199, 12, 31).toEpochDay() * 86_400;

    @FuzzTest(maxDuration = "60s")
    void anyEntriesMakeAFeedAnotherParserReadsBack(FuzzedDataProvider data) {
        ZoneId home = ZoneId.of(data.pickValue(ZONES));
        int count = data.consumeInt(0, 4);
        List<CalendarEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Uids are ours (a kind and an id), never typed by a person; titles and descriptions are.
            String uid = "fuzz-" + i + "-" + Long.toHexString(data.consumeLong()) + "@tandem";
            String title = data.consumeString(120);
            String description = data.consumeBoolean() ? null : data.consumeString(300);
            ZoneId zone = ZoneId.of(data.pickValue(ZONES));
            boolean cancelled = data.consumeBoolean();
            int sequence = data.consumeInt(0, Integer.MAX_VALUE);
            if (data.consumeBoolean()) {
                LocalDate day = LocalDate.ofEpochDay(data.consumeLong(FIRST, LAST) / 86_400);
                entries.add(CalendarEntry.allDay(uid, title, day, zone, cancelled, sequence, description));
            } else {
                Instant start = Instant.ofEpochSecond(data.consumeLong(FIRST, LAST));
                Duration duration = Duration.ofMinutes(data.consumeInt(0, 24 * 60));
                entries.add(CalendarEntry.timed(uid, title, start, duration, zone, cancelled, sequence, description));
            }
        }
        String name = data.consumeRemainingAsString();

        String ics = CalendarFeed.write(name, home, entries);

        ICalendar read = Biweekly.parse(ics).first();
        assertThat(read).as(ics).isNotNull();
        assertThat(read.getEvents()).hasSize(entries.size());
        assertThat(read.getEvents().stream().map(e -> e.getUid().getValue()))
                .containsExactlyInAnyOrderElementsOf(entries.stream().map(CalendarEntry::uid).toList());
    }
}
