package org.tandem.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One section of a playbook: what kind it is, what it is called, its timebox and the prompts it offers, and how far a
 * pair may tailor it: a {@code core} section stays on every pair's agenda, and its timebox may move only between
 * {@code minMinutes} and {@code maxMinutes}.
 */
public record PlaybookSection(SectionKind kind, String title, int minutes, List<String> prompts, boolean core, int minMinutes,
                              int maxMinutes) {

    public PlaybookSection {
        // Not List.copyOf: a null prompt must reach validation, which names the field, instead of failing here.
        prompts = prompts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(prompts));
    }

    /** A section pairs may drop or move, with a timebox they may not change. */
    public PlaybookSection(SectionKind kind, String title, int minutes, List<String> prompts) {
        this(kind, title, minutes, prompts, false, minutes, minutes);
    }

    /** True when a pair may give this section {@code minutes}. */
    public boolean allows(int minutes) {
        return minutes >= minMinutes && minutes <= maxMinutes;
    }

    public boolean fixedTimebox() {
        return minMinutes == maxMinutes;
    }

    /** The section as a pair tailored it: its own timebox, the playbook's prompts followed by theirs. */
    PlaybookSection tailored(int newMinutes, List<String> addedPrompts) {
        List<String> all = new ArrayList<>(prompts);
        all.addAll(addedPrompts);
        return new PlaybookSection(kind, title, newMinutes, all, core, minMinutes, maxMinutes);
    }
}
