package org.tandem.goal.web;

import org.tandem.shared.InPlace;

/**
 * A goal's revision opened from another page (decision 0093): the goal page's model, read only for its pending
 * revision and its revision form, and the way back. {@code inPlace.dialog()}: the content of the other page's dialog.
 */
public record GoalInPlacePage(GoalPage goal, InPlace inPlace) {

    /** The heading: agreeing to the waiting revision, or proposing one. */
    public String title() {
        if (goal.pending() != null) {
            return "Revision #" + goal.pending().number() + " of “" + goal.title() + "”";
        }
        return "Propose a revision of “" + goal.title() + "”";
    }
}
