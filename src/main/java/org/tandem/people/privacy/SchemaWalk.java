package org.tandem.people.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;

/**
 * Walks a schema for personal data: a column holds a person when it references {@code person} by a foreign key
 * or is named like one (see {@link #PERSON_COLUMN_NAMES}, and every {@code *_by}); a table is personal when it
 * has such a column or references a personal table (a goal's measurements, a check-in's summary). Every column
 * of every personal table must have a decision in {@link PersonData}.
 */
public final class SchemaWalk {

    /** Columns that hold a person's id (or login) without a foreign key saying so. */
    public static final Set<String> PERSON_COLUMN_NAMES = Set.of("person_id", "owner_id", "author_id", "mentor_id", "mentee_id",
            "actor_id", "target_id", "giver_id", "receiver_id", "lead_id", "principal_name");

    /** Columns named like a person that hold something else, with what they hold. */
    public static final java.util.Map<String, String> NOT_A_PERSON = java.util.Map.of(
            "scheduled_tasks.picked_by", "the name of the Tandem instance that picked a job, never a person");

    private SchemaWalk() {
    }

    public static boolean holdsAPerson(Table<?> table, Field<?> field) {
        String name = field.getName().toLowerCase();
        if (NOT_A_PERSON.containsKey(table.getName() + "." + name)) {
            return false;
        }
        if (table.getName().equalsIgnoreCase("person") && name.equals("id")) {
            return true;
        }
        if (PERSON_COLUMN_NAMES.contains(name) || name.endsWith("_by") || name.endsWith("_by_id")) {
            return true;
        }
        return table.getReferences().stream()
                .filter(fk -> fk.getKey().getTable().getName().equalsIgnoreCase("person"))
                .anyMatch(fk -> fk.getFields().stream().anyMatch(f -> f.getName().equals(field.getName())));
    }

    /** The personal tables of a schema, in the schema's order. */
    public static List<Table<?>> personalTables(Collection<? extends Table<?>> schema) {
        Set<String> personal = new LinkedHashSet<>();
        schema.stream().filter(t -> t.fieldStream().anyMatch(f -> holdsAPerson(t, f))).forEach(t -> personal.add(t.getName()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Table<?> table : schema) {
                if (!personal.contains(table.getName()) && table.getReferences().stream().map(ForeignKey::getKey)
                        .anyMatch(key -> personal.contains(key.getTable().getName()))) {
                    personal.add(table.getName());
                    grew = true;
                }
            }
        }
        return schema.stream().filter(t -> personal.contains(t.getName())).<Table<?>>map(t -> t).toList();
    }

    /** Every column of a personal table that {@code decisions} says nothing about, as {@code table.column}. */
    public static List<String> undecided(Collection<? extends Table<?>> schema, List<TableDecision> decisions) {
        List<String> missing = new ArrayList<>();
        for (Table<?> table : personalTables(schema)) {
            var decision = decisions.stream().filter(d -> d.name().equals(table.getName())).findFirst();
            for (Field<?> field : table.fields()) {
                if (decision.flatMap(d -> d.column(field.getName())).isEmpty()) {
                    missing.add(table.getName() + "." + field.getName());
                }
            }
        }
        return missing;
    }
}
