package org.tandem.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A checked text cut into pieces a template can mark, and the findings numbered in reading order. Findings
 * may overlap ("lazy" inside a sentence that has no next step), so the text is cut at every start and end and
 * each piece knows every rule that covers it. A finding that spans the whole text, or encloses another
 * finding, is a <em>scope</em>: its piece is underlined quietly so the pointed findings inside stay visible.
 * Plain Java; escaping is the template's job.
 */
public record Highlighted(String text, List<Segment> segments, List<Note> notes) {

    public Highlighted {
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /** A piece of the text; {@code rules} is empty for plain text; {@code notes} are the numbers of findings ending here. */
    public record Segment(String text, List<FeedbackRule> rules, boolean scopeOnly, List<Integer> notes) {

        public Segment {
            rules = List.copyOf(rules);
            notes = List.copyOf(notes);
        }

        public boolean marked() {
            return !rules.isEmpty();
        }

        /** "1,2" for the findings ending here, so two references never read as twelve. */
        public String noteLabel() {
            return String.join(",", notes.stream().map(String::valueOf).toList());
        }

        /** {@code finding finding--VAGUE …} for a pointed piece, {@code finding-scope} for one only a scope covers. */
        public String cssClass() {
            if (!marked()) {
                return "";
            }
            if (scopeOnly) {
                return "finding-scope";
            }
            StringBuilder css = new StringBuilder("finding");
            rules.forEach(rule -> css.append(" finding--").append(rule.name()));
            return css.toString();
        }
    }

    /** A finding as the list beside the text shows it: its number, a short title and the words it is about. */
    public record Note(int number, Finding finding, String title, String excerpt, boolean wholeText) {

        public String rule() {
            return finding.rule().name();
        }

        /** Whether the list should quote the words found: not when they are the whole text or the message quotes them already. */
        public boolean showQuote() {
            return !wholeText && !excerpt.isBlank() && !finding.message().contains(excerpt.strip());
        }

        /** The words found, cut to about {@value #QUOTE_LENGTH} characters at a word boundary for the list. */
        public String quote() {
            String words = excerpt.strip().replaceAll("\\s+", " ");
            if (words.length() <= QUOTE_LENGTH) {
                return words;
            }
            int cut = words.lastIndexOf(' ', QUOTE_LENGTH);
            return words.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH) + "…";
        }

        static final int QUOTE_LENGTH = 60;
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    public boolean clean() {
        return notes.isEmpty();
    }

    public static Highlighted of(String text, List<Finding> findings, Function<FeedbackRule, String> titles) {
        int length = text.length();
        List<Finding> ordered = findings.stream()
                .map(f -> new Finding(f.rule(), Math.min(f.start(), length), Math.min(f.end(), length), f.message(), f.suggestion()))
                .sorted(Comparator.comparingInt(Finding::start).thenComparing(Finding::end, Comparator.reverseOrder())
                        .thenComparing(Finding::rule))
                .toList();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Finding f = ordered.get(i);
            boolean whole = f.start() == 0 && f.end() == length && length > 0;
            notes.add(new Note(i + 1, f, titles.apply(f.rule()), text.substring(f.start(), f.end()), whole));
        }
        boolean[] scope = new boolean[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            scope[i] = notes.get(i).wholeText() || enclosesAnother(ordered, i);
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        ordered.forEach(f -> {
            cuts.add(f.start());
            cuts.add(f.end());
        });
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            List<FeedbackRule> rules = new ArrayList<>();
            List<Integer> ending = new ArrayList<>();
            boolean pointed = false;
            for (int i = 0; i < ordered.size(); i++) {
                Finding f = ordered.get(i);
                if (f.start() <= from && f.end() >= to) {
                    if (!rules.contains(f.rule())) {
                        rules.add(f.rule());
                    }
                    pointed |= !scope[i];
                }
                if (f.end() == to && f.end() > f.start()) {
                    ending.add(i + 1);
                }
            }
            segments.add(new Segment(text.substring(from, to), rules, !rules.isEmpty() && !pointed, ending));
        }
        return new Highlighted(text, segments, notes);
    }

    private static boolean enclosesAnother(List<Finding> findings, int index) {
        Finding outer = findings.get(index);
        for (int j = 0; j < findings.size(); j++) {
            Finding inner = findings.get(j);
            if (j != index && outer.start() <= inner.start() && inner.end() <= outer.end()
                    && (outer.end() - outer.start()) > (inner.end() - inner.start())) {
                return true;
            }
        }
        return false;
    }
}
