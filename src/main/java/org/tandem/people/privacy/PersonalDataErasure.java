package org.tandem.people.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out {@link PersonData}'s erasure decisions, table by table in its order, in the caller's transaction:
 * rows of tables that delete go, and on the other rows the erasure reaches each column is replaced, anonymised,
 * scrubbed, nulled or kept as decided. Rows stay where the decision keeps them, so counts and figures stay right.
 */
@Component
public class PersonalDataErasure {

    /** How many rows each table had changed or deleted: facts for the audit log, not what was erased. */
    public record Outcome(Map<String, Integer> rowsByTable) {

        public int rows() {
            return rowsByTable.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final DSLContext dsl;
    private final Clock clock;

    PersonalDataErasure(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Transactional
    public Outcome erase(Subject subject) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (TableDecision table : PersonData.TABLES) {
            if (table.erased() == null) {
                continue;
            }
            Condition reached = scope(table.table(), subject).and(table.erased().rows(subject));
            int changed;
            if (table.deletesRows()) {
                changed = dsl.deleteFrom(table.table()).where(reached).execute();
            } else {
                Map<Field<?>, Object> changes = new LinkedHashMap<>();
                for (ColumnDecision column : table.columns()) {
                    Object value = value(column, subject);
                    if (value != KEPT) {
                        changes.put(column.field(), value);
                    }
                }
                changed = changes.isEmpty() ? 0 : dsl.update(table.table()).set(changes).where(reached).execute();
            }
            if (changed > 0) {
                rows.put(table.name(), changed);
            }
        }
        return new Outcome(rows);
    }

    private static final Object KEPT = new Object();

    @SuppressWarnings("unchecked")
    private Object value(ColumnDecision column, Subject subject) {
        Field<?> field = column.field();
        return switch (column.erasure()) {
            case KEEP, DELETE -> KEPT;
            case NULLIFY -> DSL.inline(null, field);
            case REPLACE -> DSL.when(field.isNull(), DSL.inline(null, String.class)).otherwise(DSL.inline(PersonData.ERASED_TEXT));
            case ANONYMISE -> field.getName().contains("email") ? erasedEmail(subject.person()) : PersonData.FORMER_MEMBER;
            case SCRUB -> DSL.replace(DSL.replace((Field<String>) field, DSL.inline(subject.email()), DSL.inline(PersonData.ERASED_TEXT)),
                    DSL.inline(subject.displayName()), DSL.inline(PersonData.FORMER_MEMBER));
            case CLOSE -> closed(field);
        };
    }

    @SuppressWarnings("unchecked")
    private Object closed(Field<?> field) {
        Class<?> type = field.getType();
        if (type == Boolean.class) {
            return false;
        }
        if (type == java.time.Instant.class) {
            return clock.instant();
        }
        if (type == String.class) {
            return "DEACTIVATED";
        }
        if (type == Long.class) {
            return ((Field<Long>) field).plus(1);
        }
        throw new IllegalStateException("No closed state for " + field);
    }

    /** An address that reaches no one and stays unique, so the sign-in uniqueness holds. */
    public static String erasedEmail(UUID person) {
        return "erased-" + person + "@erased.invalid";
    }

    /** The organization's rows only; tables without organization_id (sessions) are reached by their own condition. */
    @SuppressWarnings("unchecked")
    static Condition scope(Table<?> table, Subject subject) {
        Field<?> organization = table.field("organization_id");
        return organization == null ? DSL.noCondition() : ((Field<UUID>) organization).eq(subject.organization());
    }
}
