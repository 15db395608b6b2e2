package org.tandem.checkin.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tandem.checkin.support.InputCheck;
import org.tandem.program.SectionKind;
import org.tandem.shared.InvalidInputException;

/**
 * The sections of one check-in, copied from the playbook version when the check-in is scheduled. It is a
 * value of its own — not a reference to the playbook — so editing the playbook later never rewrites the
 * agenda of a check-in that was already planned or held.
 *
 * <p>At most one section runs at a time; its clock is {@code currentSince}, and the elapsed time is added
 * to the section when another one begins or the clock stops.
 */
public record Agenda(List<AgendaSection> sections, SectionKind currentKind, Instant currentSince) {

    static final long MAX_SECONDS = Duration.ofHours(8).toSeconds();

    public Agenda {
        sections = List.copyOf(sections);
        if ((currentKind == null) != (currentSince == null)) {
            throw new IllegalArgumentException("A running section needs the instant it began");
        }
    }

    /** Validates what the playbook gave us; a broken playbook must not produce a broken check-in. */
    static Agenda copyOf(List<AgendaSection> planned) {
        var check = InputCheck.of().when(planned == null || planned.isEmpty(), "agenda", "needs at least one section");
        Set<SectionKind> seen = new HashSet<>();
        for (int i = 0; planned != null && i < planned.size(); i++) {
            AgendaSection section = planned.get(i);
            String field = "agenda[" + i + "]";
            check.when(!seen.add(section.kind()), field + ".kind", section.kind() + " appears twice")
                 .text(field + ".title", section.title(), AgendaSection.MAX_TITLE, "is required")
                 .range(field + ".minutes", section.plannedMinutes(), 1, AgendaSection.MAX_MINUTES);
        }
        check.orThrow();
        return new Agenda(planned.stream().map(s -> s.withUsedSeconds(0)).toList(), null, null);
    }

    Optional<AgendaSection> currentSection() {
        return currentKind == null ? Optional.empty() : Optional.of(section(currentKind));
    }

    AgendaSection section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst()
                       .orElseThrow(() -> new InvalidInputException("kind", kind + " is not on this check-in's agenda"));
    }

    /** Begins a section; the one that was running gets the time it took. */
    Agenda begin(SectionKind kind, Instant now) {
        section(kind);
        if (kind == currentKind) {
            return this;
        }
        return stop(now).withCurrent(kind, now);
    }

    /** Moves to the section after the running one, or to the first; after the last the clock stops. */
    Agenda advance(Instant now) {
        if (currentKind == null) {
            return begin(sections.getFirst().kind(), now);
        }
        int index = sections.indexOf(section(currentKind));
        return index + 1 < sections.size() ? begin(sections.get(index + 1).kind(), now) : stop(now);
    }

    Agenda stop(Instant now) {
        if (currentKind == null) {
            return this;
        }
        AgendaSection running = section(currentKind);
        return replace(running.withUsedSeconds(running.usedSeconds() + elapsed(now))).withCurrent(null, null);
    }

    /**
     * Sets — not adds — the time a section took, so a retried request or a corrected timer never counts twice.
     * A running section's clock restarts from now.
     */
    Agenda recordTimeUsed(SectionKind kind, long seconds, Instant now) {
        InputCheck.of().when(seconds < 0 || seconds > MAX_SECONDS, "seconds", "must be between 0 and " + MAX_SECONDS).orThrow();
        Agenda updated = replace(section(kind).withUsedSeconds(seconds));
        return kind == currentKind ? updated.withCurrent(kind, now) : updated;
    }

    int totalPlannedMinutes() {
        return sections.stream().mapToInt(AgendaSection::plannedMinutes).sum();
    }

    /** Time used so far, including the running section's clock. */
    long totalUsedSeconds(Instant now) {
        return sections.stream().mapToLong(AgendaSection::usedSeconds).sum() + (currentKind == null ? 0 : elapsed(now));
    }

    private long elapsed(Instant now) {
        return Math.max(0, Duration.between(currentSince, now).toSeconds());
    }

    private Agenda replace(AgendaSection changed) {
        List<AgendaSection> copy = new ArrayList<>(sections);
        copy.replaceAll(s -> s.kind() == changed.kind() ? changed : s);
        return new Agenda(copy, currentKind, currentSince);
    }

    private Agenda withCurrent(SectionKind kind, Instant since) {
        return new Agenda(sections, kind, since);
    }
}
