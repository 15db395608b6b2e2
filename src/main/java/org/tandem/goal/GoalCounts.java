package org.tandem.goal;

import java.util.Map;

/** How many goals a mentorship has in each status: what a program lead may see of a pair's goals. */
public record GoalCounts(int proposed, int active, int achieved, int retired, int total) {

    static GoalCounts of(Map<GoalStatus, Integer> byStatus) {
        int proposed = byStatus.getOrDefault(GoalStatus.PROPOSED, 0);
        int active = byStatus.getOrDefault(GoalStatus.ACTIVE, 0);
        int achieved = byStatus.getOrDefault(GoalStatus.ACHIEVED, 0);
        int retired = byStatus.getOrDefault(GoalStatus.RETIRED, 0);
        return new GoalCounts(proposed, active, achieved, retired, proposed + active + achieved + retired);
    }
}
