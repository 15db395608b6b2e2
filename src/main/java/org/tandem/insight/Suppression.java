package org.tandem.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which survey figures must stay hidden. A figure over fewer respondents than the program's threshold is hidden;
 * and because the groups of a breakdown add up to the program's total, hiding one small group alone is not
 * enough — total minus the other groups would give it back. So, while the hidden groups together hold fewer
 * respondents than the threshold, the next smallest shown group is hidden too: whatever subtraction recovers
 * is then an aggregate over at least the threshold.
 */
final class Suppression {

    private Suppression() {
    }

    record Group(String name, int respondents) {
    }

    static boolean hidesTotal(int respondents, int threshold) {
        return respondents < threshold;
    }

    /** The names of the groups whose survey figures are hidden, given the respondents in each. */
    static Set<String> hiddenGroups(List<Group> groups, int threshold) {
        int total = groups.stream().mapToInt(Group::respondents).sum();
        Set<String> hidden = new HashSet<>();
        if (hidesTotal(total, threshold)) {
            groups.forEach(g -> hidden.add(g.name()));
            return hidden;
        }
        int hiddenRespondents = 0;
        for (Group g : groups) {
            if (g.respondents() < threshold) {
                hidden.add(g.name());
                hiddenRespondents += g.respondents();
            }
        }
        List<Group> shown = new ArrayList<>(groups.stream().filter(g -> !hidden.contains(g.name())).toList());
        shown.sort(Comparator.comparingInt(Group::respondents).thenComparing(Group::name));
        // a hidden group without a single answer has no value to recover, so it needs no cover
        while (hiddenRespondents > 0 && hiddenRespondents < threshold && !shown.isEmpty()) {
            Group cover = shown.removeFirst();
            hidden.add(cover.name());
            hiddenRespondents += cover.respondents();
        }
        return hidden;
    }
}
