package org.tandem.program;

import java.util.Objects;

/**
 * A growth question or reflective prompt from the library. The id is stable across rewordings, so an answer
 * can say which prompt it answered even after the text was improved.
 */
public record Prompt(String id, SectionKind section, Emphasis emphasis, String text) {

    public Prompt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(emphasis, "emphasis");
        Objects.requireNonNull(text, "text");
    }
}
