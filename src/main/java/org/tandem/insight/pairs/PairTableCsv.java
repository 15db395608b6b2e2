package org.tandem.insight.pairs;

import static org.tandem.insight.DashboardCsv.cell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pair table as CSV, for people who open it in a spreadsheet: times in the reader's zone (named in the header),
 * shares as percentages, flags as their sentences. Text cells go through the dashboard export's {@code cell}, which
 * quotes them and defuses formulas.
 */
final class PairTableCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PairTableCsv() {
    }

    static String header(ZoneId zone) {
        return String.join(",", "Mentor", "Mentee", "Status", cell("Last check-in (" + zone.getId() + ")"), cell("Next check-in (" + zone.getId() + ")"),
                "Held on time", "Review", "Adjustment", "Celebration", "Flags");
    }

    static String of(List<PairRow> rows, ZoneId zone) {
        StringBuilder out = new StringBuilder(header(zone)).append("\r\n");
        for (PairRow r : rows) {
            out.append(String.join(",", cell(r.mentor().displayName()), cell(r.mentee().displayName()), r.active() ? "Active" : "Ended",
                    time(r.lastCheckInAt(), zone), time(r.nextCheckInAt(), zone), percent(r.cadenceAdherence()), percent(r.balance().review()),
                    percent(r.balance().adjustment()), percent(r.balance().celebration()),
                    cell(r.flags().stream().map(PairFlag::message).collect(Collectors.joining("; "))))).append("\r\n");
        }
        return out.toString();
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private static String percent(Double share) {
        return share == null ? "" : Math.round(share * 100) + "%";
    }
}
