package org.tandem.people.privacy;

import static org.tandem.db.Tables.MENTORSHIP;

import java.util.Arrays;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** Which rows of a table are a person's: a condition built for one {@link Subject}. */
@FunctionalInterface
public interface Reach {

    Condition rows(Subject subject);

    /** Rows whose column names the person. */
    static Reach is(TableField<?, UUID> column) {
        return s -> column.eq(s.person());
    }

    static Reach anyOf(Reach... reaches) {
        return s -> DSL.or(Arrays.stream(reaches).map(r -> r.rows(s)).toList());
    }

    /** Rows of a mentorship the person is in, as mentor or as mentee. */
    static Reach pairOf(TableField<?, UUID> mentorship) {
        return s -> mentorship.in(DSL.select(MENTORSHIP.ID).from(MENTORSHIP)
                .where(MENTORSHIP.ORGANIZATION_ID.eq(s.organization()))
                .and(MENTORSHIP.MENTOR_ID.eq(s.person()).or(MENTORSHIP.MENTEE_ID.eq(s.person()))));
    }

    /** Rows of a mentorship the person is the mentee of: what is about their growth is theirs. */
    static Reach menteeOf(TableField<?, UUID> mentorship) {
        return s -> mentorship.in(DSL.select(MENTORSHIP.ID).from(MENTORSHIP)
                .where(MENTORSHIP.ORGANIZATION_ID.eq(s.organization()))
                .and(MENTORSHIP.MENTEE_ID.eq(s.person())));
    }

    /** Rows hanging off a parent row the person reaches, e.g. the measurements of their goals. */
    static <T> Reach under(TableField<?, T> reference, TableField<?, T> parentId, Reach parent) {
        return s -> reference.in(DSL.select(parentId).from(parentId.getTable()).where(parent.rows(s)));
    }
}
