package org.tandem.goal;

import java.time.LocalDate;

import org.tandem.people.OrganizationId;

/**
 * Where the effort put into a goal comes from: the check-in feature implements it (done action items linked to
 * the goal, hours recorded) and registers it as a bean. Until one exists, every goal reads as {@link Effort#none()}
 * and the EFFORT_WITHOUT_IMPACT signal stays silent rather than guess.
 */
public interface EffortSource {

    /** Effort spent on the goal between {@code from} and {@code to}, both inclusive. */
    Effort effortFor(OrganizationId organization, GoalId goal, LocalDate from, LocalDate to);
}
