package org.tandem.insight.pairs;

/**
 * What a flag on a pair names, in the order the table lists them. {@link #label} is how people read it, {@link #rule}
 * says in a sentence when a pair gets it (the page's help text; decision 0085 gives the reasons).
 */
public enum FlagKind {
    MISSED_IN_A_ROW("Missed in a row",
            "The latest " + PairFlags.MISSED_IN_A_ROW + " or more check-ins that were due did not take place, one after the other."),
    CELEBRATION_STARVED("Nothing celebrated",
            "Milestones were reached lately, yet none of the last three check-ins spent time celebrating or noted a win."),
    REVIEW_STARVED("Progress not reviewed",
            "Each of the last three check-ins gave less than a tenth of its time and notes to looking at progress."),
    ADJUSTMENT_STARVED("Goal change not discussed",
            "A goal is off track, but the last check-in spent no time on adjusting goals and no change has been proposed since."),
    GOAL_OFF_TRACK("Goal off track",
            "At the pace its measurements show, an active goal will miss its target on its due date."),
    ACTIONS_OVERDUE("Actions overdue",
            "An open action item is more than " + PairFlags.ACTION_GRACE_DAYS + " days past its due date."),
    NO_RECENT_RATING("No recent rating",
            "The mentee has rated none of the check-ins held in the last " + PairFlags.NO_RATING_FOR.toDays() / 7
                    + " weeks or more. Only whether a rating was given counts, never what it said.");

    private final String label;
    private final String rule;

    FlagKind(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    public String rule() {
        return rule;
    }
}
