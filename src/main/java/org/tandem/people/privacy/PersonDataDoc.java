package org.tandem.people.privacy;

import java.util.ArrayList;
import java.util.List;

/** {@link PersonData} as the Markdown tables of docs/privacy.md, so the page says exactly what the code does. */
public final class PersonDataDoc {

    public static final String START = "<!-- person-data:start (generated from PersonData by PersonDataDocTests; do not edit by hand) -->";
    public static final String END = "<!-- person-data:end -->";

    private PersonDataDoc() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        for (TableDecision table : PersonData.TABLES) {
            out.append("\n#### `").append(table.name()).append("` — ").append(table.about()).append("\n\n");
            out.append("Export: ").append(table.exported() == null ? "nothing." : "under `" + table.section() + "`.")
                    .append(" Erasure: ").append(table.erased() == null ? "leaves this table alone."
                            : table.deletesRows() ? "deletes the person's rows." : "changes the person's rows as below.")
                    .append("\n\n| columns | export | erasure | why |\n|---|---|---|---|\n");
            for (List<ColumnDecision> group : groups(table.columns())) {
                ColumnDecision first = group.getFirst();
                out.append("| ").append(String.join(", ", group.stream().map(c -> "`" + c.name() + "`").toList()))
                        .append(" | ").append(disclosure(first))
                        .append(" | ").append(erasure(first.erasure()))
                        .append(" | ").append(first.reason().replace("|", "/")).append(" |\n");
            }
        }
        return out.toString();
    }

    private static List<List<ColumnDecision>> groups(List<ColumnDecision> columns) {
        List<List<ColumnDecision>> groups = new ArrayList<>();
        for (ColumnDecision column : columns) {
            if (!groups.isEmpty() && same(groups.getLast().getFirst(), column)) {
                groups.getLast().add(column);
            } else {
                groups.add(new ArrayList<>(List.of(column)));
            }
        }
        return groups;
    }

    private static boolean same(ColumnDecision a, ColumnDecision b) {
        return a.disclosure() == b.disclosure() && a.erasure() == b.erasure() && a.reason().equals(b.reason())
                && java.util.Objects.equals(a.owner(), b.owner());
    }

    private static String disclosure(ColumnDecision column) {
        return switch (column.disclosure()) {
            case OWNER_OR_ADMIN -> "the person, an admin";
            case OWNER_ONLY -> column.owner() == null ? "the person only" : "the person only, on rows whose `" + column.owner().getName() + "` they are";
            case WITHHELD -> "never";
        };
    }

    private static String erasure(Erasure erasure) {
        return switch (erasure) {
            case KEEP -> "kept";
            case REPLACE -> "replaced by “" + PersonData.ERASED_TEXT + "”";
            case ANONYMISE -> "“" + PersonData.FORMER_MEMBER + "” / an address that reaches no one";
            case NULLIFY -> "emptied";
            case SCRUB -> "name and address cut out";
            case CLOSE -> "closed (false / DEACTIVATED / erasure time / next version)";
            case DELETE -> "row deleted";
        };
    }
}
