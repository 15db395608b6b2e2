package org.tandem.insight;

import java.util.ArrayList;
import java.util.List;
import org.tandem.insight.PairFigures.CheckInBalance;
import org.tandem.insight.PairFigures.Nudge;

/**
 * The nudges a pair gets when one of the three kinds of conversation is starved. Each rule is named after what it
 * notices; all of them look only at counts and shares, never at what was written.
 */
final class Nudges {

    static final String CELEBRATION_STARVED = "CELEBRATION_STARVED";
    static final String ADJUSTMENT_STARVED = "ADJUSTMENT_STARVED";
    static final String REVIEW_STARVED = "REVIEW_STARVED";
    static final int CHECK_INS_WITHOUT_CELEBRATION = 3;
    static final double REVIEW_FLOOR = 0.10;

    private Nudges() {
    }

    /**
     * @param recent             the latest completed check-ins, oldest first
     * @param offTrackGoals      how many active goals are OFF_TRACK now
     * @param adjustSecondsLast  seconds the latest completed check-in spent in its ADJUST section
     * @param revisionsSince     goal revisions proposed since the check-in before the latest
     * @param milestones         milestones reached / celebrated since the third latest completed check-in
     */
    static List<Nudge> of(List<CheckInBalance> recent, int offTrackGoals, long adjustSecondsLast, int revisionsSince,
            MilestoneFacts.Counts milestones) {
        List<Nudge> nudges = new ArrayList<>();
        List<CheckInBalance> lastThree = recent.subList(Math.max(0, recent.size() - CHECK_INS_WITHOUT_CELEBRATION), recent.size());
        boolean threeHeld = lastThree.size() == CHECK_INS_WITHOUT_CELEBRATION;
        if (milestonesReachedButNothingCelebrated(threeHeld, lastThree, milestones)) {
            int waiting = milestones.reached() - milestones.celebrated();
            nudges.add(new Nudge(CELEBRATION_STARVED,
                    "Milestones were reached, but the last three check-ins celebrated nothing. Take a few minutes to mark what was achieved.",
                    waiting + " milestone" + (waiting == 1 ? "" : "s") + " reached without a celebration"));
        }
        if (offTrackGoals > 0 && !recent.isEmpty() && adjustSecondsLast == 0 && revisionsSince == 0) {
            nudges.add(new Nudge(ADJUSTMENT_STARVED,
                    "A goal is off track, yet the last check-in did not talk about adjusting it. Consider reframing or re-planning it.",
                    offTrackGoals + " goal" + (offTrackGoals == 1 ? " is" : "s are") + " off track; no time in the goal adjustment section and no revision proposed"));
        }
        if (threeHeld && lastThree.stream().allMatch(c -> c.balance().known() && c.balance().review() < REVIEW_FLOOR)) {
            nudges.add(new Nudge(REVIEW_STARVED,
                    "The last three check-ins spent little time looking at progress. Start the next one with the data review.",
                    "review under " + Math.round(REVIEW_FLOOR * 100) + "% in each of the last three check-ins"));
        }
        return nudges;
    }

    private static boolean milestonesReachedButNothingCelebrated(boolean threeHeld, List<CheckInBalance> lastThree,
            MilestoneFacts.Counts milestones) {
        return threeHeld && milestones.reached() > milestones.celebrated()
                && lastThree.stream().noneMatch(c -> c.balance().known() && c.balance().celebration() > 0);
    }

    /** The first starved kind, for the rollup (REVIEW, ADJUSTMENT, CELEBRATION), or null. */
    static String starvedKind(List<Nudge> nudges) {
        return nudges.isEmpty() ? null : nudges.getFirst().kind().replace("_STARVED", "");
    }
}
