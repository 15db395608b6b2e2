package org.tandem.checkin;

import org.tandem.people.PersonId;

/**
 * A part of a check-in page was saved (an item planned, the interpretation rewritten, the agenda moved on): the
 * live check-in tells the other person's open page to fetch that part again. It names the part and the item, never
 * what was written. {@code onlyForAuthor} marks a change nobody else may learn of — a private note.
 *
 * @param part the id of the page part that changed ({@link CheckInRoutes}, e.g. {@link CheckInRoutes#NOTES_ID})
 * @param item the item within the part, when the change was to one (an action item's id), else null
 */
public record CheckInPartChanged(CheckInId checkInId, String part, String item, PersonId by, boolean onlyForAuthor) {
}
