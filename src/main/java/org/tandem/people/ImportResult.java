package org.tandem.people;

import java.util.List;

/** The answer to a people import: what was created and updated, or every bad line (and then nothing changed). */
public record ImportResult(int created, int updated, List<LineError> errors) {

    public record LineError(int line, String message) {
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
