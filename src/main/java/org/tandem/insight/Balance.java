package org.tandem.insight;

import java.util.List;

/**
 * How a check-in's time and attention split between review, adjustment and celebration, as shares that sum to 1.
 * Weight of a kind = minutes used in its sections + {@link #MINUTES_PER_ITEM} for each item recorded in them, so a
 * section that was rushed but produced a win still counts. {@code null} shares mean nothing was recorded yet.
 */
public record Balance(Double review, Double adjustment, Double celebration) {

    /** What one recorded item (observation, risk, action item, win…) weighs, in minutes of conversation. */
    static final double MINUTES_PER_ITEM = 2.0;

    static final Balance EMPTY = new Balance(null, null, null);

    /** Seconds used and items recorded per kind in one check-in. */
    record Weights(long reviewSeconds, long adjustmentSeconds, long celebrationSeconds, int reviewItems,
                   int adjustmentItems, int celebrationItems) {

        double review() {
            return reviewSeconds / 60.0 + reviewItems * MINUTES_PER_ITEM;
        }

        double adjustment() {
            return adjustmentSeconds / 60.0 + adjustmentItems * MINUTES_PER_ITEM;
        }

        double celebration() {
            return celebrationSeconds / 60.0 + celebrationItems * MINUTES_PER_ITEM;
        }
    }

    static Balance of(Weights weights) {
        return shares(weights.review(), weights.adjustment(), weights.celebration());
    }

    /** The balance of several check-ins: each check-in counts the same, however long it ran. */
    static Balance average(List<Balance> balances) {
        List<Balance> known = balances.stream().filter(Balance::known).toList();
        if (known.isEmpty()) {
            return EMPTY;
        }
        double r = 0, a = 0, c = 0;
        for (Balance b : known) {
            r += b.review;
            a += b.adjustment;
            c += b.celebration;
        }
        return shares(r, a, c);
    }

    static Balance shares(double review, double adjustment, double celebration) {
        double total = review + adjustment + celebration;
        if (total <= 0) {
            return EMPTY;
        }
        // each share from its own weight, so a kind with no weight is exactly 0; the sum is 1 up to rounding
        return new Balance(review / total, adjustment / total, celebration / total);
    }

    public boolean known() {
        return review != null;
    }

    /** Whole percentages for labels, largest remainder so they add up to 100. */
    public int[] percents() {
        if (!known()) {
            return new int[] {0, 0, 0};
        }
        double[] exact = {review * 100, adjustment * 100, celebration * 100};
        int[] floor = new int[3];
        int sum = 0;
        for (int i = 0; i < 3; i++) {
            floor[i] = (int) Math.floor(exact[i]);
            sum += floor[i];
        }
        while (sum < 100) {
            int best = 0;
            for (int i = 1; i < 3; i++) {
                if (exact[i] - floor[i] > exact[best] - floor[best]) {
                    best = i;
                }
            }
            floor[best]++;
            exact[best] = floor[best];
            sum++;
        }
        return floor;
    }

    public String describe() {
        if (!known()) {
            return "Nothing recorded yet";
        }
        int[] p = percents();
        return "Review " + p[0] + "%, adjustment " + p[1] + "%, celebration " + p[2] + "%";
    }
}
