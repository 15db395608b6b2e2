package org.tandem.people.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The decisions about one table: which of its rows a person's export holds, which rows erasure reaches, and for
 * every column who receives it and what erasure does to it.
 *
 * @param section  the export's key for this table
 * @param exported the rows an export holds, or null when the table holds nothing to export (every column withheld)
 * @param erased   the rows erasure reaches, or null when erasure leaves the table alone (every column kept)
 */
public record TableDecision(Table<?> table, String section, String about, Reach exported, Reach erased, List<ColumnDecision> columns) {

    public Optional<ColumnDecision> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public boolean deletesRows() {
        return columns.stream().anyMatch(c -> c.erasure() == Erasure.DELETE);
    }

    public String name() {
        return table.getName();
    }

    static Builder table(Table<?> table, String section, String about) {
        return new Builder(table, section, about);
    }

    static final class Builder {

        private final Table<?> table;
        private final String section;
        private final String about;
        private Reach exported;
        private Reach erased;
        private final List<ColumnDecision> columns = new ArrayList<>();

        private Builder(Table<?> table, String section, String about) {
            this.table = table;
            this.section = section;
            this.about = about;
        }

        Builder exports(Reach reach) {
            this.exported = reach;
            return this;
        }

        Builder erases(Reach reach) {
            this.erased = reach;
            return this;
        }

        Builder columns(Disclosure disclosure, Erasure erasure, String reason, Field<?>... fields) {
            return ownedBy(null, disclosure, erasure, reason, fields);
        }

        Builder ownedBy(Field<UUID> owner, Disclosure disclosure, Erasure erasure, String reason, Field<?>... fields) {
            for (Field<?> field : fields) {
                columns.add(new ColumnDecision(field, disclosure, erasure, reason, owner));
            }
            return this;
        }

        TableDecision build() {
            return new TableDecision(table, section, about, exported, erased, List.copyOf(columns));
        }
    }
}
