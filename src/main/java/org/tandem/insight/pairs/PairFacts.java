package org.tandem.insight.pairs;

import java.time.Instant;
import java.util.UUID;
import org.tandem.insight.Balance;

/**
 * What the table knows of one pair: its rollup (as of its last refresh) plus the action items overdue now. Counts,
 * times and shares only — nothing a pair wrote, and of the mentee's ratings only whether they were given.
 *
 * @param adherence     check-ins held on time / due; null while none was due
 * @param starved       the kind of conversation the pair's latest check-ins starved (REVIEW, ADJUSTMENT, CELEBRATION), or null
 * @param unratedSince  the earliest held check-in after the latest rated one; null when the latest held one was rated
 */
record PairFacts(UUID mentorshipId, PairRow.Person mentor, PairRow.Person mentee, boolean active, Instant lastHeldAt, Instant nextAt, Double adherence,
                 Balance balance, int missedStreak, String starved, int goalsOffTrack, int actionsOverdue, Instant unratedSince) {
}
