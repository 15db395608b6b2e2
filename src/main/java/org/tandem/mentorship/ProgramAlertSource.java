package org.tandem.mentorship;

import java.time.Instant;
import java.util.List;
import org.tandem.people.Actor;

/**
 * A feature telling a program lead's home which pairs of the programs they lead need a look, and why. Unlike
 * {@link AttentionSource} the pairs are not the reader's own: the source answers only for programs the reader leads,
 * and only with what a lead may see of a pair (names and what is wrong, never what the pair wrote).
 */
public interface ProgramAlertSource {

    List<ProgramAlerts> alertsFor(Actor actor, Instant now);
}
