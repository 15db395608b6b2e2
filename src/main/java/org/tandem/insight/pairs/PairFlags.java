package org.tandem.insight.pairs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that flag a pair, each with its threshold, written out in the decision record (0085) and in the page's
 * help text. Pure: facts and the time in, flags out. An ended pair is never flagged: nothing is expected of it.
 */
final class PairFlags {

    /** Check-ins that were due and not held, one after the other, up to now: the dashboard counts from the same number. */
    static final int MISSED_IN_A_ROW = 2;
    /** Days past its due date before an open action item counts as overdue here: a late day or two is ordinary. */
    static final int ACTION_GRACE_DAYS = 7;
    /** How long held check-ins may go unrated before the absence of ratings is flagged. */
    static final Duration NO_RATING_FOR = Duration.ofDays(42);

    private PairFlags() {
    }

    /** Action items due before this day are overdue for the table (the grace after {@code today}). */
    static LocalDate overdueBefore(LocalDate today) {
        return today.minusDays(ACTION_GRACE_DAYS);
    }

    static List<PairFlag> of(PairFacts f, Instant now) {
        List<PairFlag> flags = new ArrayList<>();
        if (!f.active()) {
            return flags;
        }
        if (f.missedStreak() >= MISSED_IN_A_ROW) {
            flags.add(new PairFlag(FlagKind.MISSED_IN_A_ROW, "The last " + f.missedStreak() + " check-ins that were due did not happen"));
        }
        if ("CELEBRATION".equals(f.starved())) {
            flags.add(new PairFlag(FlagKind.CELEBRATION_STARVED, "Milestones were reached, yet the last three check-ins celebrated nothing"));
        } else if ("REVIEW".equals(f.starved())) {
            flags.add(new PairFlag(FlagKind.REVIEW_STARVED, "The last three check-ins gave progress almost no time"));
        } else if ("ADJUSTMENT".equals(f.starved())) {
            flags.add(new PairFlag(FlagKind.ADJUSTMENT_STARVED, "A goal is off track, and the last check-in did not talk about changing it"));
        }
        if (f.goalsOffTrack() > 0) {
            flags.add(new PairFlag(FlagKind.GOAL_OFF_TRACK, f.goalsOffTrack() == 1 ? "1 goal is off track"
                    : f.goalsOffTrack() + " goals are off track"));
        }
        if (f.actionsOverdue() > 0) {
            flags.add(new PairFlag(FlagKind.ACTIONS_OVERDUE, (f.actionsOverdue() == 1 ? "1 open action item is" : f.actionsOverdue() + " open action items are")
                    + " more than a week past due"));
        }
        if (f.unratedSince() != null && !f.unratedSince().plus(NO_RATING_FOR).isAfter(now)) {
            long weeks = Duration.between(f.unratedSince(), now).toDays() / 7;
            flags.add(new PairFlag(FlagKind.NO_RECENT_RATING, "No check-in held in the last " + weeks + " weeks has been rated"));
        }
        return flags;
    }
}
