package org.tandem.goal;

import java.time.Instant;

/**
 * A revision of one of a mentorship's goals as other features tell it (a check-in's summary): which goal, why,
 * and whether it was only proposed or already agreed at {@code at}, the later of the two moments.
 */
public record RevisionMade(GoalId goalId, String goalTitle, int number, String rationale, boolean agreed, Instant at) {
}
