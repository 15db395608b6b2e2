package org.tandem.checkin.record;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.tandem.checkin.CheckInId;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.support.InputCheck;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import org.tandem.shared.NotAllowedException;

/**
 * A note on a check-in. PRIVATE means the author only — not the other party, not a program lead, not an
 * admin, and not later either: there is no way to widen a note's visibility, because people write private
 * notes trusting that they stay that way. PAIR means the mentor and the mentee, nobody else.
 */
public record Note(UUID id, CheckInId checkInId, Pair pair, String text, Visibility visibility, PersonId author,
            Instant writtenAt) {

    static final int MAX_TEXT = 8000;

    public enum Visibility { PAIR, PRIVATE }

    public static Note write(CheckIn checkIn, String text, Visibility visibility, PersonId by, Instant now) {
        checkIn.requireNoteAuthor(by);
        InputCheck.of()
                  .text("text", text, MAX_TEXT, "is required")
                  .require("visibility", visibility, "is required: PRIVATE (only you) or PAIR (mentor and mentee)")
                  .orThrow();
        return new Note(Ids.next(), checkIn.id(), checkIn.pair(), InputCheck.clean(text), visibility, by, now);
    }

    boolean visibleTo(PersonId viewer) {
        return switch (visibility) {
            case PRIVATE -> author.equals(viewer);
            case PAIR -> viewer != null && pair.includes(viewer);
        };
    }

    /** The one filter every read of notes goes through, whatever the viewer's roles elsewhere. */
    static List<Note> visibleTo(Collection<Note> notes, PersonId viewer) {
        return notes.stream().filter(note -> note.visibleTo(viewer)).toList();
    }

    /** Only the author edits a note; the visibility stays what it was written with. */
    Note rewrite(String newText, PersonId by) {
        if (!author.equals(by)) {
            throw new NotAllowedException("Only the author can change a note");
        }
        InputCheck.of().text("text", newText, MAX_TEXT, "is required").orThrow();
        return new Note(id, checkInId, pair, InputCheck.clean(newText), visibility, author, writtenAt);
    }
}
