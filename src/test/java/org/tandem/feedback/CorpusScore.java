package org.tandem.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a labelled corpus through the checker and scores each rule per text: a text whose label names the rule
 * and whose findings include it is a true positive, and so on. Counts, precision and recall per rule.
 */
final class CorpusScore {

    record Example(int line, Set<FeedbackRule> expected, LocalDate eventDate, String text) {
    }

    record Miss(Example example, Set<FeedbackRule> actual) {
    }

    record Counts(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? 1.0 : (double) truePositives / flagged;
        }

        double recall() {
            int labelled = truePositives + falseNegatives;
            return labelled == 0 ? 1.0 : (double) truePositives / labelled;
        }
    }

    final List<Example> examples;
    final Map<FeedbackRule, Counts> counts = new EnumMap<>(FeedbackRule.class);
    final List<Miss> misses = new ArrayList<>();

    private CorpusScore(List<Example> examples) {
        this.examples = examples;
    }

    static CorpusScore run(FeedbackChecker checker, String resource, LocalDate today) {
        var score = new CorpusScore(load(resource));
        int[][] tally = new int[FeedbackRule.values().length][3];
        for (var example : score.examples) {
            var actual = checker.check(example.text(), example.eventDate(), today).stream()
                    .map(Finding::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(FeedbackRule.class)));
            for (var rule : FeedbackRule.values()) {
                boolean want = example.expected().contains(rule);
                boolean got = actual.contains(rule);
                if (want && got) tally[rule.ordinal()][0]++;
                if (!want && got) tally[rule.ordinal()][1]++;
                if (want && !got) tally[rule.ordinal()][2]++;
            }
            if (!actual.equals(example.expected())) score.misses.add(new Miss(example, actual));
        }
        for (var rule : FeedbackRule.values()) {
            int[] c = tally[rule.ordinal()];
            score.counts.put(rule, new Counts(c[0], c[1], c[2]));
        }
        return score;
    }

    long silentExamples() {
        return examples.stream().filter(e -> e.expected().isEmpty()).count();
    }

    String table() {
        var out = new StringBuilder();
        out.append("| rule | labelled | flagged | true pos. | false pos. | false neg. | precision | recall |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var entry : counts.entrySet()) {
            var c = entry.getValue();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.3f | %.3f |%n", entry.getKey(),
                    c.truePositives() + c.falseNegatives(), c.truePositives() + c.falsePositives(), c.truePositives(),
                    c.falsePositives(), c.falseNegatives(), c.precision(), c.recall()));
        }
        out.append(String.format(Locale.ROOT, "%n%d texts, %d of them good feedback that must stay silent; %d texts "
                + "with any difference from their label.%n", examples.size(), silentExamples(), misses.size()));
        return out.toString();
    }

    String missList() {
        var out = new StringBuilder();
        for (var miss : misses) {
            out.append(String.format("line %d: expected %s, got %s%n    %s%n", miss.example().line(),
                    miss.example().expected(), miss.actual(), miss.example().text()));
        }
        return out.toString();
    }

    static List<Example> load(String resource) {
        var in = CorpusScore.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("Missing corpus " + resource);
        var examples = new ArrayList<Example>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] columns = line.split("\t", 3);
                if (columns.length != 3) throw new IllegalStateException("Line " + number + " needs 3 columns");
                examples.add(new Example(number, rules(columns[0]), columns[1].equals("-") ? null : LocalDate.parse(columns[1]),
                        columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    private static Set<FeedbackRule> rules(String column) {
        var rules = EnumSet.noneOf(FeedbackRule.class);
        if (column.equals("-")) return rules;
        for (String name : column.split(",")) rules.add(FeedbackRule.valueOf(name.strip()));
        return rules;
    }
}
