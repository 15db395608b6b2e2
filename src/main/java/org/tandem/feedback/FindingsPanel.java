package org.tandem.feedback;

import java.util.List;

/**
 * What {@code feedback/findings.jte} shows in a feedback box's panel: the checked text with its findings
 * marked and explained, or why nothing was checked. {@code boxId} keeps element ids unique on the page.
 */
public record FindingsPanel(String boxId, Highlighted highlighted, boolean fromSteps, String problem) {

    public static FindingsPanel empty(String boxId) {
        return new FindingsPanel(boxId, new Highlighted("", List.of(), List.of()), false, null);
    }

    public static FindingsPanel refused(String boxId, String problem) {
        return new FindingsPanel(boxId, new Highlighted("", List.of(), List.of()), false, problem);
    }

    public int count() {
        return highlighted.notes().size();
    }

    public String noteId(Highlighted.Note note) {
        return boxId + "-finding-" + note.number();
    }
}
