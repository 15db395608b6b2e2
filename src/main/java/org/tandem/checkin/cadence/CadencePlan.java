package org.tandem.checkin.cadence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.session.CheckIn;
import org.tandem.mentorship.MentorshipCadence;

/**
 * A mentorship's series of check-in times: every {@code intervalDays} days from {@code anchor}, at the same wall-clock
 * time in {@code zone}. Counting in local days rather than in 24-hour blocks is what keeps a 10:00 check-in at
 * 10:00 after the clocks change. A local time that does not exist on a day (skipped by a DST change) moves forward
 * by the gap; one that exists twice takes the earlier offset — {@link LocalDateTime#atZone} does both.
 */
record CadencePlan(Instant anchor, int intervalDays, ZoneId zone) {

    CadencePlan {
        Objects.requireNonNull(anchor, "a cadence starts somewhere");
        Objects.requireNonNull(zone, "a cadence keeps a wall-clock time, so it needs a zone");
        if (intervalDays < 1) {
            throw new IllegalArgumentException("a cadence repeats after at least one day");
        }
    }

    /** The series a mentorship's cadence describes: from its next planned time, in the mentor's zone. */
    static CadencePlan of(MentorshipCadence cadence, ZoneId zone) {
        return new CadencePlan(cadence.nextAt(), cadence.intervalDays(), zone);
    }

    /** The {@code n}-th time of the series (0 is the anchor; negative counts back). */
    Instant occurrence(long n) {
        LocalDateTime local = LocalDateTime.ofInstant(anchor, zone);
        return local.plusDays(n * intervalDays).atZone(zone).toInstant();
    }

    /** The first time of the series strictly after {@code after}; the series starts at its anchor. */
    Instant firstAfter(Instant after) {
        if (anchor.isAfter(after)) {
            return anchor;
        }
        long n = Math.max(0, Math.floorDiv(ChronoUnit.DAYS.between(anchor, after), intervalDays) - 1);
        while (!occurrence(n).isAfter(after)) {
            n++;
        }
        return occurrence(n);
    }

    /** The {@code count} first times of the series after {@code after}. */
    List<Instant> upcoming(Instant after, int count) {
        List<Instant> times = new ArrayList<>(count);
        Instant next = after;
        for (int i = 0; i < count; i++) {
            next = firstAfter(next);
            times.add(next);
        }
        return times;
    }

    /**
     * When a mentorship without a scheduled check-in meets next: the first time of the series after now, and at
     * least half an interval after the latest check-in it already has — so a check-in that was moved close to the
     * next slot, or cancelled, is not followed by a second one hours later.
     */
    Optional<Instant> nextFor(List<CheckIn> existing, Instant now) {
        if (existing.stream().anyMatch(c -> c.status() == CheckInStatus.SCHEDULED)) {
            return Optional.empty();
        }
        Instant floor = now;
        Optional<Instant> latest = existing.stream().map(CheckIn::scheduledAt).max(Comparator.naturalOrder());
        if (latest.isPresent()) {
            Instant clear = latest.get().plus(Duration.ofHours(12L * intervalDays));
            floor = clear.isAfter(floor) ? clear : floor;
        }
        return Optional.of(firstAfter(floor));
    }
}
