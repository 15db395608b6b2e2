package org.tandem.program;

import java.util.List;

/** One section of a playbook: what kind it is, what it is called, its timebox and the prompts it offers. */
public record PlaybookSection(SectionKind kind, String title, int minutes, List<String> prompts) {

    public PlaybookSection {
        // Not List.copyOf: a null prompt must reach validation, which names the field, instead of failing here.
        prompts = prompts == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(prompts));
    }
}
