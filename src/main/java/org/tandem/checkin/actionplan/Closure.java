package org.tandem.checkin.actionplan;

import java.time.Instant;

import org.tandem.checkin.CheckInId;
import org.tandem.people.PersonId;

/**
 * How an action item or a risk left the open list: by whom, when, during which check-in ({@code in} is null
 * when it happened between check-ins), and why (required when dropped).
 */
public record Closure(PersonId by, Instant at, CheckInId in, String reason) {
}
