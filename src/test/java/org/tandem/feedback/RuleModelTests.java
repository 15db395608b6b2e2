package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Trains the {@link RuleModel}s from the labelled corpora in the repository and holds the shipped ones to them: the
 * build fails when a {@code src/main/resources/feedback/en/model-*.tsv} is not what these corpora and the current
 * rules train. After changing a corpus or a rule, retrain with
 * {@code ./mvnw -o test -Dtest=RuleModelTests -Dtandem.feedback.retrain=true} and commit the files.
 *
 * <p>Training is plain, deterministic batch gradient descent on a logistic loss with an L2 penalty, over every text of
 * the training corpora that the model would be asked about (the rules did not report the rule; for NOT_ACTIONABLE, no
 * concrete step either). The held-out batch of the current round is never trained on. Each threshold was chosen by
 * leaving one corpus out at a time (every corpus is another hand or another round), training on the rest and scoring
 * the left-out one: {@link #eachThresholdWasChosenOnCorporaTheModelHadNotSeen} prints the table. Decision 0104.
 */
class RuleModelTests {

    /** Every corpus except the current round's held-out batch ({@code corpus-en-7-heldout.tsv}). */
    static final List<String> TRAINING = List.of("corpus-en.tsv", "corpus-en-2-heldout.tsv", "corpus-en-2-tuning.tsv",
            "corpus-en-3-heldout.tsv", "corpus-en-3-tuning.tsv", "corpus-en-4-heldout.tsv", "corpus-en-4-tuning.tsv",
            "corpus-en-5-heldout.tsv", "corpus-en-5-tuning.tsv", "corpus-en-6-heldout.tsv", "corpus-en-6-tuning.tsv",
            "corpus-en-8-a.tsv", "corpus-en-8-b.tsv", "corpus-en-8-c.tsv", "corpus-en-8-d.tsv", "corpus-en-8-e.tsv", "corpus-en-8-f.tsv")
            .stream().map(c -> "feedback/" + c).toList();
    static final String HELD_OUT = "feedback/corpus-en-7-heldout.tsv";
    /** Round eight's training batches, each written by a helper who had not seen the rules or any other corpus. */
    static final List<String> OTHER_HANDS = TRAINING.stream().filter(c -> c.contains("corpus-en-8-")).toList();

    /** The threshold of each rule's model; see the class comment for how each was chosen. */
    static final Map<FeedbackRule, Double> THRESHOLDS = Map.of(FeedbackRule.NOT_ACTIONABLE, 0.65, FeedbackRule.VAGUE, 0.45);
    /**
     * The rules whose model may add a finding the rules did not make, and only where the rules saw an evaluation to name
     * (a vague one they thought anchored). The other (NOT_ACTIONABLE) only takes findings away: its additions read
     * praise told as a story as criticism ("The room was left spotless after your session on Monday."): decision 0104.
     */
    static final Set<FeedbackRule> ADDS = EnumSet.of(FeedbackRule.VAGUE);

    static final int ITERATIONS = 1500;
    static final double LEARNING_RATE = 0.5;
    static final double L2 = 3e-4;
    /** A feature must occur in at least this many training texts. */
    static final int MIN_TEXTS = 2;
    /** Weights smaller than this are left out of the file; they move no decision. */
    static final double SMALLEST_WEIGHT = 0.005;

    static final Path SHIPPED = Path.of("src/main/resources/feedback/en/");

    /** A text as the rules read it, with its labels: all training needs, read once. */
    record Read(String corpus, String text, FeedbackChecker.Reading reading, java.util.Set<FeedbackRule> expected) {
    }

    static List<Read> read(List<String> corpora) {
        var checker = FeedbackChecker.english();
        var out = new ArrayList<Read>();
        for (String corpus : corpora) {
            for (var example : CorpusScore.load(corpus)) {
                out.add(new Read(corpus, example.text(), checker.read(example.text()), example.expected()));
            }
        }
        return out;
    }

    @Test
    void theShippedModelsAreTheOnesTheCorporaTrain() throws IOException {
        var texts = read(TRAINING);
        for (var rule : FeedbackChecker.MODELLED) {
            String trained = train(texts, rule, THRESHOLDS.get(rule));
            Path file = SHIPPED.resolve(RuleModel.file(rule));
            if (Boolean.getBoolean("tandem.feedback.retrain")) {
                Files.writeString(file, trained, StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("the shipped model of %s is stale: retrain it (see this class's comment)", rule).isEqualTo(trained);
        }
        assertThat(TRAINING).doesNotContain(HELD_OUT);
    }

    @Test
    void eachThresholdReadsOtherHandsBatchesTheModelHadNotSeenBest() {
        var texts = read(TRAINING);
        int steps = 16; // thresholds 0.10, 0.15, ... 0.85
        var chosen = new java.util.EnumMap<FeedbackRule, Double>(FeedbackRule.class);
        for (var rule : FeedbackChecker.MODELLED) {
            int[] rulesOther = new int[3];
            int[][] other = new int[steps][3];
            for (String left : OTHER_HANDS) {
                var model = RuleModel.parse(train(texts.stream().filter(r -> !r.corpus().equals(left)).toList(), rule, 0.5).lines().toList());
                for (var r : texts) {
                    if (!r.corpus().equals(left)) continue;
                    boolean want = r.expected().contains(rule);
                    boolean byRules = r.reading().byRules().contains(rule);
                    double p = trainedOn(r, rule) ? probability(model, r, rule) : byRules ? 1 : 0;
                    tally(rulesOther, want, byRules);
                    boolean allowed = byRules || ADDS.contains(rule) && !r.reading().evaluative().isEmpty();
                    for (int k = 0; k < steps; k++) tally(other[k], want, p > threshold(k) && allowed);
                }
            }
            System.out.printf(Locale.ROOT, "%s, P / R on round eight's batches (other hands), each scored by a model trained "
                    + "without it%n  rules alone: %s%n", rule, figures(rulesOther));
            int best = 0;
            for (int k = 0; k < steps; k++) {
                System.out.printf(Locale.ROOT, "  model above %.2f: %s%n", threshold(k), figures(other[k]));
                if (f1(other[k]) > f1(other[best])) best = k;
            }
            chosen.put(rule, threshold(best));
            assertThat(f1(other[best])).as("with its model %s reads other hands' batches better than the rules alone", rule)
                    .isGreaterThan(f1(rulesOther));
        }
        assertThat(chosen).as("each threshold reads other hands' batches best (F1)").isEqualTo(THRESHOLDS);
    }

    private static double threshold(int k) {
        return Math.round((0.10 + 0.05 * k) * 100) / 100.0;
    }

    /** The harmonic mean of precision and recall. */
    private static double f1(int[] c) {
        return 2.0 * c[0] / Math.max(1, 2 * c[0] + c[1] + c[2]);
    }

    private static void tally(int[] counts, boolean want, boolean got) {
        if (want && got) counts[0]++;
        if (!want && got) counts[1]++;
        if (want && !got) counts[2]++;
    }

    private static String figures(int[] c) {
        return String.format(Locale.ROOT, "%.3f / %.3f (tp %d, fp %d, fn %d)", c[0] / (double) Math.max(1, c[0] + c[1]),
                c[0] / (double) Math.max(1, c[0] + c[2]), c[0], c[1], c[2]);
    }

    @Test
    void aStatementWithoutAnEvaluationIsNeverMadeVagueByTheModel() {
        var checker = FeedbackChecker.english();

        for (String text : List.of("Customers now hear back a day sooner.", "Our escalations halved since the reviews started.",
                "Carry on!")) {
            assertThat(checker.check(text)).as(text).noneMatch(f -> f.rule() == FeedbackRule.VAGUE);
        }
    }

    @Test
    void anEvaluationTheRulesThoughtAnchoredIsNamedAsTheRulesNameIt() {
        var checker = FeedbackChecker.english();
        String text = "Superb work on the audit.";

        assertThat(checker.withModel(FeedbackRule.VAGUE, RuleModel.NONE).check(text)).as("'the audit' anchors it for the rules")
                .noneMatch(f -> f.rule() == FeedbackRule.VAGUE);
        assertThat(checker.check(text)).filteredOn(f -> f.rule() == FeedbackRule.VAGUE).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("\u201CSuperb\u201D"));
    }

    @Test
    void criticismWithoutAStepTheRulesSawIsKeptUnlessTheWholeTextReadsOtherwise() {
        var checker = FeedbackChecker.english();
        var rulesAlone = checker.withModel(FeedbackRule.NOT_ACTIONABLE, RuleModel.NONE);
        String praise = "You are so empathetic with upset callers.";
        String criticism = "You are lazy and always late with the reviews.";

        assertThat(rulesAlone.check(praise)).as("the rules read a problem").anyMatch(f -> f.rule() == FeedbackRule.NOT_ACTIONABLE);
        assertThat(checker.check(praise)).as("read whole, it is praise").noneMatch(f -> f.rule() == FeedbackRule.NOT_ACTIONABLE);
        assertThat(checker.check(criticism)).anyMatch(f -> f.rule() == FeedbackRule.NOT_ACTIONABLE);
        assertThat(checker.check("The order you packed on Monday went to the other venue."))
                .as("the criticism model only takes findings away").noneMatch(f -> f.rule() == FeedbackRule.NOT_ACTIONABLE);
    }

    static List<String> names(Read r, FeedbackRule rule) {
        var names = new ArrayList<>(r.reading().features().stream().map(RuleModel.Feature::name).toList());
        if (r.reading().byRules().contains(rule)) names.add(RuleModel.RULES);
        return names;
    }

    static double probability(RuleModel model, Read r, FeedbackRule rule) {
        return model.probability(r.reading().features(), r.reading().byRules().contains(rule));
    }

    /** Whether a model is asked about this text: where it would be asked in use (see {@link FeedbackChecker.Reading}). */
    static boolean trainedOn(Read r, FeedbackRule rule) {
        return r.reading().modelled().contains(rule);
    }

    /** The model file of a rule trained on these texts: bias, threshold, then every weight by feature name. */
    static String train(List<Read> all, FeedbackRule rule, double threshold) {
        List<List<String>> texts = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        var corpora = new java.util.LinkedHashSet<String>();
        for (var r : all) {
            if (!trainedOn(r, rule)) continue;
            texts.add(names(r, rule));
            labels.add(r.expected().contains(rule));
            corpora.add(r.corpus());
        }
        Map<String, Integer> occurrences = new TreeMap<>();
        texts.forEach(features -> features.forEach(f -> occurrences.merge(f, 1, Integer::sum)));
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        occurrences.forEach((name, count) -> {
            if (count >= MIN_TEXTS) {
                index.put(name, names.size());
                names.add(name);
            }
        });
        int[][] x = texts.stream().map(features -> features.stream().filter(index::containsKey).mapToInt(index::get).toArray())
                .toArray(int[][]::new);
        double[] w = new double[names.size()];
        double bias = 0;
        int n = x.length;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[w.length];
            double biasGradient = 0;
            for (int i = 0; i < n; i++) {
                double z = bias;
                for (int j : x[i]) z += w[j];
                double error = 1 / (1 + Math.exp(-z)) - (labels.get(i) ? 1 : 0);
                for (int j : x[i]) gradient[j] += error;
                biasGradient += error;
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= LEARNING_RATE * (gradient[j] / n + L2 * w[j]);
            }
            bias -= LEARNING_RATE * biasGradient / n;
        }
        var out = new StringBuilder();
        out.append("# ").append(rule).append(", trained by RuleModelTests from ").append(String.join(", ", corpora)).append(" (")
                .append(n).append(" texts the model is asked about); do not edit, retrain.\n");
        out.append(RuleModel.BIAS).append('\t').append(format(bias)).append('\n');
        out.append(RuleModel.THRESHOLD).append('\t').append(format(threshold)).append('\n');
        out.append(RuleModel.ADD_THRESHOLD).append('\t').append(ADDS.contains(rule) ? format(threshold) : "Infinity").append('\n');
        for (int j = 0; j < w.length; j++) {
            if (Math.abs(w[j]) >= SMALLEST_WEIGHT) {
                out.append(names.get(j)).append('\t').append(format(w[j])).append('\n');
            }
        }
        return out.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}
