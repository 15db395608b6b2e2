package org.tandem.goal.smart;

import java.util.ArrayList;
import java.util.List;

/** The SMART check's answer: one verdict per property, each saying what is missing and how to fix it. */
public record SmartVerdict(Verdict specific, Verdict measurable, Verdict attainable, Verdict relevant, Verdict timeBound) {
    public record Verdict(boolean ok, String message) {

        static Verdict ok(String message) {
            return new Verdict(true, message);
        }

        static Verdict missing(String message) {
            return new Verdict(false, message);
        }
    }

    boolean allOk() {
        return failing().isEmpty();
    }

    /** The names of the properties that fail, in SMART order, e.g. ["measurable", "timeBound"]. */
    List<String> failing() {
        List<String> names = new ArrayList<>();
        if (!specific.ok()) names.add("specific");
        if (!measurable.ok()) names.add("measurable");
        if (!attainable.ok()) names.add("attainable");
        if (!relevant.ok()) names.add("relevant");
        if (!timeBound.ok()) names.add("timeBound");
        return names;
    }
}
