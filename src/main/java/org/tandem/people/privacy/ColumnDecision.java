package org.tandem.people.privacy;

import java.util.UUID;
import org.jooq.Field;

/**
 * The decision about one column: who may receive it in an export, what erasure does to it, and why.
 *
 * @param owner for {@link Disclosure#OWNER_ONLY} columns whose rows belong to one person (a note's author, the
 *              mentee who rated): the column naming that person; null when the row is the whole pair's
 */
public record ColumnDecision(Field<?> field, Disclosure disclosure, Erasure erasure, String reason, Field<UUID> owner) {

    public ColumnDecision {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A decision about " + field + " needs its reason");
        }
    }

    public String name() {
        return field.getName();
    }
}
