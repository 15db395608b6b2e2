package org.tandem.checkin.session;

import java.util.List;
import java.util.Objects;

import org.tandem.program.SectionKind;

/**
 * One timeboxed part of a check-in's agenda, as copied from the playbook, and the time it really took.
 * Planned minutes stay as planned: comparing the plan with what happened is the point.
 */
public record AgendaSection(SectionKind kind, String title, int plannedMinutes, List<String> prompts, long usedSeconds) {

    static final int MAX_MINUTES = 240;
    static final int MAX_TITLE = 200;

    public AgendaSection {
        Objects.requireNonNull(kind, "a section needs a kind");
        Objects.requireNonNull(title, "a section needs a title");
        prompts = List.copyOf(prompts);
        if (usedSeconds < 0) {
            throw new IllegalArgumentException("Time used cannot be negative");
        }
    }

    public static AgendaSection planned(SectionKind kind, String title, int minutes, List<String> prompts) {
        return new AgendaSection(kind, title == null ? "" : title.strip(), minutes, prompts == null ? List.of() : prompts, 0);
    }

    AgendaSection withUsedSeconds(long seconds) {
        return new AgendaSection(kind, title, plannedMinutes, prompts, seconds);
    }

    /** Rounded to the nearest minute, as people read a timebox. */
    long usedMinutes() {
        return Math.round(usedSeconds / 60.0);
    }

    boolean overran() {
        return usedSeconds > plannedMinutes * 60L;
    }
}
