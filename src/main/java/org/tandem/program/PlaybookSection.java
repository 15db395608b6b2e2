package org.tandem.program;

import java.util.List;

/** One section of a playbook: what kind it is, what it is called, its timebox and the prompts it offers. */
public record PlaybookSection(SectionKind kind, String title, int minutes, List<String> prompts) {

    public PlaybookSection {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }
}
