package org.tandem.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a pair wants its playbook: the sections it keeps, in its order, each with its timebox and the prompts it adds.
 * A section the playbook has and the tailoring leaves out is dropped from the pair's agenda, which only a section
 * that is not core allows. Whether a tailoring fits is the playbook's to say ({@link Playbook#tailor}).
 */
public record Tailoring(List<TailoredSection> sections) {

    static final int MAX_ADDED_PROMPTS = 5;
    static final int MAX_PROMPT = 500;

    public Tailoring {
        // Not List.copyOf: a null entry must reach the playbook's check, which names the field.
        sections = sections == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sections));
    }

    public record TailoredSection(SectionKind kind, int minutes, List<String> addedPrompts) {

        public TailoredSection {
            addedPrompts = addedPrompts == null ? List.of()
                    : addedPrompts.stream().map(p -> p == null ? null : p.replace('\n', ' ').strip()).filter(p -> p == null || !p.isEmpty()).toList();
        }
    }

    /** The tailoring that changes nothing: every section of the playbook as it is. */
    public static Tailoring asIn(Playbook playbook) {
        return new Tailoring(playbook.sections().stream().map(s -> new TailoredSection(s.kind(), s.minutes(), List.of())).toList());
    }
}
