package org.tandem.people.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Table;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;
import org.junit.jupiter.api.Test;
import org.tandem.db.DefaultSchema;

/**
 * The walk over the generated schema that keeps the export and the erasure complete: every column of every table
 * that holds a person (or hangs off one that does) has a decision in {@link PersonData}, and every decision can be
 * carried out.
 */
class PersonDataSchemaTests {

    static final List<Table<?>> SCHEMA = DefaultSchema.DEFAULT_SCHEMA.getTables();

    @Test
    void everyColumnOfEveryPersonalTableHasADecision() {
        assertThat(SchemaWalk.undecided(SCHEMA, PersonData.TABLES))
                .as("columns holding personal data without a decision in PersonData (export or leave out, erase or keep, and why)")
                .isEmpty();
    }

    @Test
    void theWalkFindsTheTablesThatHoldPeopleAndThoseThatHangOffThem() {
        var personal = SchemaWalk.personalTables(SCHEMA).stream().map(Table::getName).toList();

        assertThat(personal).contains("person", "goal", "check_in_note", "outbox_message", "audit_entry", "spring_session")
                .as("no person column, but they hang off a table with one")
                .contains("goal_revision_change", "check_in_summary", "peer_feedback", "celebration_reward", "spring_session_attributes")
                .doesNotContain("organization", "playbook", "program", "scheduled_tasks");
    }

    @Test
    void aNewTableWithAPersonColumnAndNoDecisionFailsTheWalk() {
        List<Table<?>> schema = new ArrayList<>(SCHEMA);
        schema.add(new Synthetic("goal_comment", "reviewed_by", "words"));

        assertThat(SchemaWalk.undecided(schema, PersonData.TABLES))
                .containsExactlyInAnyOrder("goal_comment.id", "goal_comment.reviewed_by", "goal_comment.words");
    }

    @Test
    void aNewColumnInADecidedTableFailsTheWalkUntilDecided() {
        List<Table<?>> schema = new ArrayList<>(SCHEMA);
        schema.removeIf(t -> t.getName().equals("check_in_note"));
        schema.add(new Synthetic("check_in_note", "author_id", "mood"));

        assertThat(SchemaWalk.undecided(schema, PersonData.TABLES)).containsExactly("check_in_note.mood");
    }

    @Test
    void aColumnNamedLikeAPersonMakesItsTablePersonal() {
        assertThat(SchemaWalk.personalTables(List.of(new Synthetic("badge", "awarded_by", "label"), new Synthetic("colour", "code", "label"))))
                .extracting(Table::getName).containsExactly("badge");
    }

    @Test
    void everyDecisionCanBeCarriedOut() {
        Set<String> tables = new HashSet<>();
        for (TableDecision table : PersonData.TABLES) {
            assertThat(tables.add(table.name())).as(table.name() + " decided once").isTrue();
            Set<String> columns = new HashSet<>();
            for (ColumnDecision column : table.columns()) {
                String name = table.name() + "." + column.name();
                assertThat(columns.add(column.name())).as(name + " decided once").isTrue();
                assertThat(table.table().field(column.field())).as(name + " belongs to its table").isNotNull();
                switch (column.erasure()) {
                    case REPLACE, SCRUB, ANONYMISE -> assertThat(column.field().getType()).as(name + " is text").isEqualTo(String.class);
                    case NULLIFY -> assertThat(column.field().getDataType().nullable()).as(name + " may be null").isTrue();
                    default -> { }
                }
                if (table.erased() == null) {
                    assertThat(column.erasure()).as(name + ": erasure does not reach its table, so it is kept").isEqualTo(Erasure.KEEP);
                }
                if (table.deletesRows()) {
                    assertThat(column.erasure()).as(name + ": its rows are deleted").isEqualTo(Erasure.DELETE);
                }
                if (table.exported() == null) {
                    assertThat(column.disclosure()).as(name + ": no row is exported").isEqualTo(Disclosure.WITHHELD);
                }
            }
        }
        assertThat(PersonData.TABLES.getLast().name()).as("the person row is anonymised last").isEqualTo("person");
    }

    @Test
    void secretsNeverLeaveTheDatabase() {
        for (TableDecision table : PersonData.TABLES) {
            for (ColumnDecision column : table.columns()) {
                String name = column.name();
                if (name.contains("token") || name.contains("hash") || name.equals("secret") || name.equals("session_id")) {
                    assertThat(column.disclosure()).as(table.name() + "." + name).isEqualTo(Disclosure.WITHHELD);
                }
            }
        }
    }

    /** A table that exists only in a test: an id, a column that holds a person, and one more. */
    static final class Synthetic extends TableImpl<Record> {

        Synthetic(String name, String personColumn, String other) {
            super(DSL.name(name));
            createField(DSL.name("id"), SQLDataType.UUID, this);
            createField(DSL.name(personColumn), SQLDataType.UUID, this);
            createField(DSL.name(other), SQLDataType.VARCHAR(200), this);
        }
    }
}
