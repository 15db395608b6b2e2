package org.tandem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One table of who gets what: a row per operation ({@code METHOD /path}), a cell per kind of caller, each cell
 * the answers that caller may get. Read from a text resource so the whole matrix reads at a glance; the format
 * is described in docs/access-matrix.md.
 */
final class AccessMatrix {

    /** The callers of every row, in the order of the table's columns. */
    enum Caller {
        ANONYMOUS("anonymous"), OTHER_ORG("otherOrg"), OTHER_PAIR("otherPair"), LEAD("lead"), ADMIN("admin"), MENTOR("mentor"),
        MENTEE("mentee");

        final String column;

        Caller(String column) {
            this.column = column;
        }
    }

    /** The answers one caller may get: alternatives such as {@code 2xx}, {@code 404}, {@code login} or {@code 2xx|409}. */
    record Cell(String text) {

        boolean allows(int status, String location) {
            return Arrays.stream(text.split("\\|")).anyMatch(option -> switch (option) {
                case "2xx" -> status >= 200 && status < 300;
                case "login" -> status == 302 && location != null && location.endsWith("/login");
                default -> option.equals(Integer.toString(status));
            });
        }

        /** A cell that expects success: its caller acts, so it runs after the refused ones of its row. */
        boolean grants() {
            return text.contains("2xx");
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code pending}: an operation another branch is adding; until it is served its row only warns. */
    record Row(String operation, Map<Caller, Cell> cells, boolean pending, int line) {
    }

    private final Map<String, Row> rows;

    private AccessMatrix(Map<String, Row> rows) {
        this.rows = rows;
    }

    static AccessMatrix read(String resource) {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No access matrix at " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static AccessMatrix parse(String name, String text) {
        Map<String, Row> rows = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tokens = line.split("\\s+");
            int callers = Caller.values().length;
            if (tokens.length != 2 + callers && !(tokens.length == 3 + callers && tokens[2 + callers].equals("pending"))) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": expected METHOD PATH and " + callers + " cells ("
                        + Arrays.stream(Caller.values()).map(c -> c.column).collect(Collectors.joining(" ")) + ") [pending]: " + line);
            }
            Map<Caller, Cell> cells = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                cells.put(caller, new Cell(tokens[2 + caller.ordinal()]));
            }
            String operation = tokens[0] + " " + tokens[1];
            if (rows.put(operation, new Row(operation, cells, tokens.length > 2 + callers, i + 1)) != null) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": a second row for " + operation);
            }
        }
        return new AccessMatrix(rows);
    }

    Row row(String operation) {
        return rows.get(operation);
    }

    List<Row> rows() {
        return new ArrayList<>(rows.values());
    }

    /** Rows for operations the application does not serve: typos and removed endpoints fail, pending ones only warn. */
    List<Row> rowsWithout(Set<String> served) {
        return rows.values().stream().filter(row -> !served.contains(row.operation())).toList();
    }

    /** A row as it would be written in the table, for a caller's observed answers: what to paste for a new operation. */
    static String format(String operation, Map<Caller, String> observed) {
        String[] parts = operation.split(" ", 2);
        StringBuilder line = new StringBuilder("%-7s %-62s".formatted(parts[0], parts[1]));
        for (Caller caller : Caller.values()) {
            line.append(' ').append("%-9s".formatted(observed.getOrDefault(caller, "?")));
        }
        return line.toString().stripTrailing();
    }
}
