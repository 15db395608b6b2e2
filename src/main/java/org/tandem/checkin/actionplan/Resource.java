package org.tandem.checkin.actionplan;

import org.tandem.checkin.support.InputCheck;
/**
 * Support an action item needs to succeed. Naming it in the plan is what turns "I'll try" into a commitment
 * someone can actually keep: the hours, the course, the people, the money.
 */
public record Resource(Kind kind, String description) {

    static final int MAX_DESCRIPTION = 300;

    public enum Kind { COACHING_HOURS, TRAINING, PEER_FEEDBACK, BUDGET, OTHER }

    /** "Other" says nothing by itself, so it must be described; the named kinds may stand alone. */
    void check(InputCheck check, String field) {
        check.require(field + ".kind", kind, "is required");
        if (kind == Kind.OTHER) {
            check.text(field + ".description", description, MAX_DESCRIPTION, "is required for OTHER: say what is needed");
        } else {
            check.optionalText(field + ".description", description, MAX_DESCRIPTION);
        }
    }

    Resource cleaned() {
        return new Resource(kind, InputCheck.cleanOptional(description));
    }
}
