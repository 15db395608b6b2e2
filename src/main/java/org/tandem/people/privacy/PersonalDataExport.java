package org.tandem.people.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything {@link PersonData} says is a person's, table by table, and applies the disclosure rule in this
 * one place: {@link Disclosure#OWNER_ONLY} columns only when the person asks for their own data (and the row is
 * theirs when the column names an owner), {@link Disclosure#WITHHELD} never.
 */
@Component
public class PersonalDataExport {

    /** A table's rows in the export, keyed by the column names as the API spells them (camelCase). */
    public record Section(String key, String table, String about, List<Map<String, Object>> rows) {
    }

    /** A column the export left out, and why. */
    public record LeftOut(String table, String column, String reason) {
    }

    public record Result(List<Section> sections, List<LeftOut> leftOut) {
    }

    private final DSLContext dsl;

    PersonalDataExport(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(readOnly = true)
    public Result export(Subject subject, boolean askedByThePerson) {
        List<Section> sections = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (TableDecision table : PersonData.TABLES) {
            List<ColumnDecision> shown = new ArrayList<>();
            for (ColumnDecision column : table.columns()) {
                if (column.disclosure() == Disclosure.WITHHELD) {
                    leftOut.add(new LeftOut(table.name(), column.name(), column.reason()));
                } else if (column.disclosure() == Disclosure.OWNER_ONLY && !askedByThePerson) {
                    leftOut.add(new LeftOut(table.name(), column.name(), "only " + "the person themself receives it: " + column.reason()));
                } else {
                    shown.add(column);
                }
            }
            if (table.exported() == null || shown.isEmpty()) {
                continue;
            }
            sections.add(new Section(table.section(), table.name(), table.about(), rows(table, shown, subject)));
        }
        return new Result(sections, leftOut);
    }

    private List<Map<String, Object>> rows(TableDecision table, List<ColumnDecision> shown, Subject subject) {
        Set<Field<?>> selected = new LinkedHashSet<>();
        shown.forEach(c -> selected.add(c.field()));
        shown.stream().map(ColumnDecision::owner).filter(Objects::nonNull).forEach(selected::add);
        var result = dsl.select(selected).from(table.table())
                .where(PersonalDataErasure.scope(table.table(), subject))
                .and(table.exported().rows(subject))
                .fetch();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record record : result) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (ColumnDecision column : shown) {
                if (column.owner() != null && !subject.person().equals(record.get(column.owner()))) {
                    continue;
                }
                row.put(camel(column.name()), record.get(column.field()));
            }
            rows.add(row);
        }
        return rows;
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
