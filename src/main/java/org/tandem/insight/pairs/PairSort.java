package org.tandem.insight.pairs;

import java.util.Locale;
import java.util.function.Function;

/**
 * The columns the pair table sorts by. Each gives a row a key that sorts as text (zero-padded numbers, epoch
 * seconds), so the cursor of a page is that key and the id, whatever the column; rows without a value (never met,
 * nothing planned) come last either way.
 */
public enum PairSort {
    /** Most flags first, then by the mentee's name. */
    FLAGS("Flags", r -> String.format(Locale.ROOT, "%03d|", 999 - r.flags().size()) + name(r.mentee()) + "|" + name(r.mentor())),
    MENTEE("Mentee", r -> name(r.mentee()) + "|" + name(r.mentor())),
    MENTOR("Mentor", r -> name(r.mentor()) + "|" + name(r.mentee())),
    /** Longest without meeting first. */
    LAST_CHECK_IN("Last check-in", r -> seconds(r.lastCheckInAt())),
    NEXT_CHECK_IN("Next check-in", r -> seconds(r.nextCheckInAt())),
    /** Least adherent first. */
    ADHERENCE("Held on time", r -> r.cadenceAdherence() == null ? null : String.format(Locale.ROOT, "%.6f", r.cadenceAdherence()));

    private final String label;
    private final Function<PairRow, String> key;

    PairSort(String label, Function<PairRow, String> key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The row's place in this order, or null when it has no value for the column. */
    String key(PairRow row) {
        return key.apply(row);
    }

    private static String name(PairRow.Person person) {
        return person.displayName().toLowerCase(Locale.ROOT);
    }

    private static String seconds(java.time.Instant instant) {
        return instant == null ? null : String.format(Locale.ROOT, "%015d", instant.getEpochSecond() + 100_000_000_000L);
    }
}
