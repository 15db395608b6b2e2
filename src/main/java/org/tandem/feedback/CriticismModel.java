package org.tandem.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a text with no next step criticises, read from its words where the rules found no telltale shape: a
 * logistic regression over the words and word pairs of the text, trained from the labelled corpora in the repository
 * (the test {@code CriticismModelTests} trains it and fails when this file is not what the corpora train). It is
 * deterministic and says why: the finding names the word or pair that weighed most toward criticism.
 *
 * <p>It reads only texts in which the rules found no concrete next step, because that is all it was trained on: a
 * text labelled "no next step" almost never has a step the rules see, so what is left to decide is whether the
 * text criticises at all. A language without {@value #FILE} has no model and the rules decide alone.
 */
final class CriticismModel {

    static final String FILE = "criticism-model.tsv";
    static final String BIAS = "<bias>";
    static final String THRESHOLD = "<threshold>";
    static final String NUMBER = "<num>";

    /** A model that never reads criticism, for languages without a trained one. */
    static final CriticismModel NONE = new CriticismModel(Map.of(), 0, Double.POSITIVE_INFINITY);

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;

    CriticismModel(Map<String, Double> weights, double bias, double threshold) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    /** A word or a pair of neighbouring words of one sentence, and the tokens it covers. */
    record Feature(String name, int from, int to) {
    }

    /** Every feature of the text once, at its first place: words and pairs of words within a sentence, numbers as one. */
    static List<Feature> features(Tokens t) {
        Map<String, Feature> seen = new LinkedHashMap<>();
        int previous = -1;
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String word = name(t, i);
            seen.putIfAbsent(word, new Feature(word, i, i + 1));
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

    /** The probability, between 0 and 1, that a text with these features criticises. */
    double probability(List<Feature> features) {
        double z = bias;
        for (Feature f : features) {
            z += weights.getOrDefault(f.name(), 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** How many words or pairs a finding names. */
    static final int NAMED = 3;

    /**
     * The words that make the text read as criticism — the {@value #NAMED} words or pairs that weighed most toward it,
     * strongest first — or nothing when the text does not read as criticism.
     */
    List<Mark> criticism(Tokens t) {
        if (weights.isEmpty()) {
            return List.of();
        }
        List<Feature> features = features(t);
        if (probability(features) <= threshold) {
            return List.of();
        }
        return features.stream()
                .filter(f -> weights.getOrDefault(f.name(), 0.0) > 0)
                .sorted(Comparator.comparingDouble((Feature f) -> -weights.get(f.name())).thenComparingInt(Feature::from))
                .limit(NAMED)
                .map(f -> new Mark(f.from(), f.to(), Mark.Polarity.CRITICISM))
                .toList();
    }

    /** The model of a language, from {@code feedback/<code>/}{@value #FILE}, or {@link #NONE} if it has none. */
    static CriticismModel load(String dir) {
        InputStream in = CriticismModel.class.getClassLoader().getResourceAsStream(dir + FILE);
        if (in == null) {
            return NONE;
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CriticismModel parse(List<String> lines) {
        Map<String, Double> weights = new HashMap<>();
        double bias = 0;
        double threshold = Double.POSITIVE_INFINITY;
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
                default -> weights.put(name, value);
            }
        }
        return new CriticismModel(Map.copyOf(weights), bias, threshold);
    }
}
