package org.tandem.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the people CSV ({@value #HEADER}) into drafts, line by line, collecting every problem with its line
 * number instead of stopping at the first. Quoted fields follow RFC 4180; roles inside one field are
 * separated by {@code ;}, {@code |} or spaces.
 */
final class PeopleCsv {

    static final String HEADER = "email,displayName,roles,team,title,seniority,timeZone";
    static final int MAX_ROWS = 10_000;

    record Row(int line, PersonDraft draft) {
    }

    record LineError(int line, String message) {
    }

    record Parsed(List<Row> rows, List<LineError> errors) {
    }

    private PeopleCsv() {
    }

    static Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int dataLines = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (++dataLines > MAX_ROWS) {
                errors.add(new LineError(lineNumber, "the file has more than " + MAX_ROWS + " rows; split it"));
                break;
            }
            List<String> cells;
            try {
                cells = cells(line);
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(lineNumber, e.getMessage()));
                continue;
            }
            if (i == 0 && cells.getFirst().equalsIgnoreCase("email")) {
                dataLines--;
                continue;
            }
            if (cells.size() < 3 || cells.size() > 7) {
                errors.add(new LineError(lineNumber, "expected the columns " + HEADER + " but found " + cells.size() + " values"));
                continue;
            }
            while (cells.size() < 7) {
                cells.add("");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            List<String> unknown = new ArrayList<>();
            for (String token : cells.get(2).split("[;|\\s,]+")) {
                if (token.isBlank()) {
                    continue;
                }
                try {
                    roles.add(Role.valueOf(token.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    unknown.add(token.trim());
                }
            }
            if (!unknown.isEmpty()) {
                errors.add(new LineError(lineNumber, "roles: unknown role " + String.join(", ", unknown)
                        + " (use ADMIN, PROGRAM_LEAD, MENTOR, MENTEE)"));
                continue;
            }
            var draft = new PersonDraft(cells.get(0), cells.get(1), roles, cells.get(3), cells.get(4), cells.get(5), cells.get(6), null);
            var problems = draft.problems();
            if (problems.isEmpty()) {
                rows.add(new Row(lineNumber, draft));
            } else {
                problems.forEach(p -> errors.add(new LineError(lineNumber, p.field() + ": " + p.message())));
            }
        }
        return new Parsed(rows, errors);
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted value is not closed");
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
