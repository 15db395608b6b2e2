package org.tandem.checkin.summary;

/**
 * Escaping of user text for the two formats a summary is written in. User text is one line in the output:
 * line breaks become spaces, so a typed "# " or "- " can never start a heading or a list item.
 */
final class Escape {

    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>#|~&!";

    private Escape() {
    }

    static String markdown(String text) {
        String line = oneLine(text);
        var out = new StringBuilder();
        int markerEnd = listMarkerEnd(line);
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (MARKDOWN_SPECIAL.indexOf(ch) >= 0 || i == markerEnd) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }

    /**
     * Text placed right after "- " would open a nested list if it began "- ", "+ " or "1. ": the index of that
     * marker's punctuation, to escape it, or -1.
     */
    private static int listMarkerEnd(String line) {
        if (line.startsWith("-") || line.startsWith("+")) {
            return 0;
        }
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        boolean ordered = digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')');
        return ordered ? digits : -1;
    }

    static String html(String text) {
        var out = new StringBuilder();
        for (char ch : oneLine(text).toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
