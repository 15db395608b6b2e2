package org.tandem.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a text breaks a rule, read from what the rules saw and from the text's words: a logistic regression over
 * whether the rules report the rule, a few signals of the rules ({@link Signal}: praise seen, an anchor seen, a step
 * begun...) and the words, stems and word pairs of the text, trained from the labelled corpora in the repository
 * ({@code RuleModelTests} trains it and fails the build when the shipped file is not what the corpora train).
 *
 * <p>It stays deterministic and explainable: the rules' reading is its strongest feature, it decides whether a finding
 * the rules made stands, and the only finding it adds is one the rules can name (an evaluation they saw but thought
 * anchored; see {@link FeedbackChecker}). A language without a model file for a rule has no model for it and the
 * rules decide alone: decision 0104.
 */
final class RuleModel {

    static final String BIAS = "<bias>";
    static final String THRESHOLD = "<threshold>";
    static final String ADD_THRESHOLD = "<add-threshold>";
    static final String NUMBER = "<num>";

    /** What the rules saw in a text, given to a model as features beside the words. */
    enum Signal {
        PRAISE, CRITICISM, EVALUATION, ANCHORED, TRAIT, ABSOLUTE, WISH, STEP_BEGUN, CONCRETE_STEP, QUESTION;

        final String feature = "<" + name().toLowerCase(Locale.ROOT) + ">";
    }

    /** A model that never fires, for a rule or language without a trained one. */
    static final RuleModel NONE = new RuleModel(Map.of(), 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final double addThreshold;

    /**
     * A model whose rule is broken above {@code threshold} where the rules report it, and above {@code addThreshold}
     * where they do not: a model may need to be surer to add a finding than to keep one.
     */
    RuleModel(Map<String, Double> weights, double bias, double threshold, double addThreshold) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
        this.addThreshold = addThreshold;
    }

    /** A signal, a word or a pair of neighbouring words of one sentence, and the tokens it covers (none for a signal). */
    record Feature(String name, int from, int to) {
    }

    /**
     * Every feature of the text once, at its first place: the signals, then words, their {@link Stems stems} (marked
     * {@code ~}, so "delays", "delayed" and "delaying" weigh together) and pairs of words within a sentence.
     */
    static List<Feature> features(Tokens t, Collection<Signal> signals) {
        Map<String, Feature> seen = new LinkedHashMap<>();
        for (Signal s : signals) {
            seen.put(s.feature, new Feature(s.feature, -1, -1));
        }
        int previous = -1;
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String word = name(t, i);
            seen.putIfAbsent(word, new Feature(word, i, i + 1));
            if (!t.hasDigit(i)) {
                String stem = "~" + Stems.of(word);
                seen.putIfAbsent(stem, new Feature(stem, i, i + 1));
            }
            if (previous >= 0 && t.sentence[previous] == t.sentence[i]) {
                String pair = name(t, previous) + " " + word;
                seen.putIfAbsent(pair, new Feature(pair, previous, i + 1));
            }
            previous = i;
        }
        return new ArrayList<>(seen.values());
    }

    private static String name(Tokens t, int i) {
        return t.hasDigit(i) ? NUMBER : t.word[i];
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The feature saying that the rules themselves report the rule in the text. */
    static final String RULES = "<rules>";

    /** Whether a text with these features breaks the rule, given whether the rules report it. */
    boolean breaks(List<Feature> features, boolean byRules) {
        return probability(features, byRules) > (byRules ? threshold : addThreshold);
    }

    /** The probability, between 0 and 1, that a text with these features breaks the rule, given whether the rules report it. */
    double probability(List<Feature> features, boolean byRules) {
        double z = bias + (byRules ? weights.getOrDefault(RULES, 0.0) : 0);
        for (Feature f : features) {
            z += weights.getOrDefault(f.name(), 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The model of a rule, from {@code feedback/<code>/model-<rule>.tsv}, or {@link #NONE} if it has none. */
    static RuleModel load(String dir, FeedbackRule rule) {
        InputStream in = RuleModel.class.getClassLoader().getResourceAsStream(dir + file(rule));
        if (in == null) {
            return NONE;
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code model-not-actionable.tsv} for NOT_ACTIONABLE. */
    static String file(FeedbackRule rule) {
        return "model-" + rule.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".tsv";
    }

    static RuleModel parse(List<String> lines) {
        Map<String, Double> weights = new HashMap<>();
        double bias = 0;
        double threshold = Double.POSITIVE_INFINITY;
        double addThreshold = Double.NaN;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            String name = line.substring(0, tab);
            double value = Double.parseDouble(line.substring(tab + 1));
            switch (name) {
                case BIAS -> bias = value;
                case THRESHOLD -> threshold = value;
                case ADD_THRESHOLD -> addThreshold = value;
                default -> weights.put(name, value);
            }
        }
        return new RuleModel(Map.copyOf(weights), bias, threshold, Double.isNaN(addThreshold) ? threshold : addThreshold);
    }
}
