package org.tandem.feedback;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a piece of feedback for the habits that make it hard to use: judging the person instead of what
 * they did, praise or criticism without an example, criticism without a next step, absolutes, and staleness.
 * Deterministic and explainable: a tokenizer, word lists from {@code feedback/<language>/} and small patterns
 * over a few words of context. Immutable and safe to share; all word lists are loaded when it is created.
 */
public final class FeedbackChecker {

    public static final int DEFAULT_STALE_AFTER_DAYS = 30;

    private static final Map<String, FeedbackLanguage> LANGUAGES = new ConcurrentHashMap<>();
    private static final Comparator<Finding> ORDER =
            Comparator.comparingInt(Finding::start).thenComparing(Finding::rule).thenComparingInt(Finding::end);

    private final FeedbackLanguage lang;
    private final int staleAfterDays;
    private final TraitCheck traits;
    private final AbsoluteCheck absolutes;
    private final StepScan steps;
    private final CueScan cues;
    private final StaleCheck stale;
    private final Map<FeedbackRule, RuleModel> models;

    private FeedbackChecker(FeedbackLanguage lang, int staleAfterDays) {
        this(lang, staleAfterDays, lang.models);
    }

    private FeedbackChecker(FeedbackLanguage lang, int staleAfterDays, Map<FeedbackRule, RuleModel> models) {
        if (staleAfterDays < 0) throw new IllegalArgumentException("staleAfterDays must not be negative");
        this.lang = lang;
        this.staleAfterDays = staleAfterDays;
        var grammar = new Grammar(lang);
        this.traits = new TraitCheck(lang, grammar);
        this.absolutes = new AbsoluteCheck(lang, grammar);
        this.steps = new StepScan(lang, grammar);
        this.cues = new CueScan(lang, grammar);
        this.stale = new StaleCheck(lang);
        this.models = models;
    }

    /** The English checker; feedback older than {@value #DEFAULT_STALE_AFTER_DAYS} days is stale. */
    public static FeedbackChecker english() {
        return forLanguage("en");
    }

    /** The checker for a language whose word lists are under {@code feedback/<code>/} on the classpath. */
    public static FeedbackChecker forLanguage(String code) {
        return new FeedbackChecker(LANGUAGES.computeIfAbsent(code, FeedbackLanguage::load), DEFAULT_STALE_AFTER_DAYS);
    }

    /** The same checker with another limit: an event more than {@code days} days before today is stale. */
    public FeedbackChecker withStaleAfterDays(int days) {
        return new FeedbackChecker(lang, days, models);
    }

    /** The same checker reading one rule with another model (to measure a model on text it was not trained on). */
    FeedbackChecker withModel(FeedbackRule rule, RuleModel model) {
        var changed = new EnumMap<FeedbackRule, RuleModel>(FeedbackRule.class);
        changed.putAll(models);
        changed.put(rule, model);
        return new FeedbackChecker(lang, staleAfterDays, Map.copyOf(changed));
    }

    public int staleAfterDays() {
        return staleAfterDays;
    }

    /** A short title for a rule in this checker's language, e.g. "No next step", shown above a finding's message. */
    public String title(FeedbackRule rule) {
        return lang.message("title." + rule.name(), "");
    }

    /** Checks a text without an event date; staleness then comes only from wording such as "months ago". */
    public List<Finding> check(String text) {
        return check(text, null, null);
    }

    /**
     * Checks a text about an event on {@code eventDate}, judged as of {@code today}. Both dates may be null;
     * an event date needs today's date, which the caller passes in from its clock.
     */
    public List<Finding> check(String text, LocalDate eventDate, LocalDate today) {
        Objects.requireNonNull(text, "text");
        if (eventDate != null && today == null) throw new IllegalArgumentException("today is needed to judge the event date");
        var report = new Report(Tokens.of(text));
        var reading = readByRules(report);
        for (var rule : reading.modelled()) {
            var model = models.getOrDefault(rule, RuleModel.NONE);
            if (model.isEmpty()) continue;
            boolean byRules = reading.byRules().contains(rule);
            boolean breaks = model.breaks(reading.features(), byRules);
            if (byRules && !breaks) {
                // the rules saw a shape, but read with everything else in the text it is not what the labels call a break
                report.findings.removeIf(f -> f.rule() == rule);
            } else if (!byRules && breaks && rule == FeedbackRule.VAGUE && !reading.evaluative().isEmpty()) {
                // an evaluation the rules saw but thought anchored, which read whole points at no moment ("Superb work
                // on the audit."): named as the rules name it. A text with no evaluation the rules see is never made
                // vague, and criticism without a step is never added: the words alone read plain news ("Customers now
                // hear back a day sooner.") as a verdict, and could not say which words judge (decision 0104)
                reportVague(report, reading.evaluative());
            }
        }
        reportStale(report, eventDate, today);
        report.findings.sort(ORDER);
        return List.copyOf(report.findings);
    }

    /**
     * What the rules find in a text, and what a model is asked about: the rules whose decision a model makes (those
     * with a model; NOT_ACTIONABLE only where the rules found no concrete step, since a step answers it) and the
     * features it reads.
     */
    record Reading(Set<FeedbackRule> byRules, Set<FeedbackRule> modelled, List<RuleModel.Feature> features, List<Mark> evaluative) {
    }

    /** How the rules read a text, without dates: for training and measuring the models ({@code RuleModelTests}). */
    Reading read(String text) {
        return readByRules(new Report(Tokens.of(text)));
    }

    private Reading readByRules(Report report) {
        var tokens = report.tokens;
        var traitMarks = traits.find(tokens);
        for (Mark m : traitMarks) report.add(FeedbackRule.TRAIT_LANGUAGE, m, "trait");
        var absoluteMarks = absolutes.find(tokens);
        for (Mark m : absoluteMarks) report.add(FeedbackRule.ABSOLUTE, m, "absolute");
        var stepsFound = steps.scan(tokens);
        var cuesFound = cues.scan(tokens, stepsFound.inStep(), stepsFound.wishes(), traitMarks, absoluteMarks);
        if (!cuesFound.anchored()) reportVague(report, cuesFound.evaluative());
        if (!cuesFound.critical().isEmpty() && !stepsFound.concrete()) reportNotActionable(report, cuesFound.critical());

        var byRules = EnumSet.noneOf(FeedbackRule.class);
        report.findings.forEach(f -> byRules.add(f.rule()));
        var modelled = EnumSet.noneOf(FeedbackRule.class);
        for (var rule : MODELLED) {
            if (rule != FeedbackRule.NOT_ACTIONABLE || !stepsFound.concrete()) modelled.add(rule);
        }
        var signals = EnumSet.noneOf(RuleModel.Signal.class);
        if (cuesFound.evaluative().stream().anyMatch(m -> m.polarity() == Mark.Polarity.PRAISE)) signals.add(RuleModel.Signal.PRAISE);
        if (!cuesFound.critical().isEmpty()) signals.add(RuleModel.Signal.CRITICISM);
        if (!cuesFound.evaluative().isEmpty()) signals.add(RuleModel.Signal.EVALUATION);
        if (cuesFound.anchored()) signals.add(RuleModel.Signal.ANCHORED);
        if (!traitMarks.isEmpty()) signals.add(RuleModel.Signal.TRAIT);
        if (!absoluteMarks.isEmpty()) signals.add(RuleModel.Signal.ABSOLUTE);
        if (!stepsFound.wishes().isEmpty()) signals.add(RuleModel.Signal.WISH);
        for (boolean in : stepsFound.inStep()) {
            if (in) {
                signals.add(RuleModel.Signal.STEP_BEGUN);
                break;
            }
        }
        if (stepsFound.concrete()) signals.add(RuleModel.Signal.CONCRETE_STEP);
        if (tokens.text.indexOf('?') >= 0) signals.add(RuleModel.Signal.QUESTION);
        return new Reading(byRules, modelled, RuleModel.features(tokens, signals), cuesFound.evaluative());
    }

    /** The rules a model decides with the rules' reading as one of its features. */
    static final Set<FeedbackRule> MODELLED = EnumSet.of(FeedbackRule.VAGUE, FeedbackRule.NOT_ACTIONABLE);

    private void reportVague(Report report, List<Mark> evaluative) {
        var tokens = report.tokens;
        var bySentence = new Mark[tokens.sentenceCount()];
        for (Mark m : evaluative) {
            int s = tokens.sentence[m.from()];
            if (bySentence[s] == null || pointsBetter(m, bySentence[s])) bySentence[s] = m;
        }
        for (Mark m : bySentence) {
            if (m != null) report.add(FeedbackRule.VAGUE, m, "vague");
        }
    }

    /** Within a sentence, a praise or criticism word explains vagueness better than an absolute; then the earliest. */
    private static boolean pointsBetter(Mark candidate, Mark current) {
        boolean candidateJudges = candidate.polarity() != Mark.Polarity.NEUTRAL;
        boolean currentJudges = current.polarity() != Mark.Polarity.NEUTRAL;
        if (candidateJudges != currentJudges) return candidateJudges;
        return candidate.from() < current.from();
    }

    private void reportNotActionable(Report report, List<Mark> critical) {
        var tokens = report.tokens;
        Mark first = critical.stream().min(Comparator.comparingInt(Mark::from)).orElseThrow();
        int from = tokens.sentenceStart(first.from());
        int to = tokens.sentenceEnd(first.from());
        while (from < to && !tokens.isWord(from)) from++;
        while (to > from && !tokens.isWord(to - 1)) to--;
        // the finding covers the sentence; its message names the words that made it criticism ("was paid twice")
        report.findings.add(new Finding(FeedbackRule.NOT_ACTIONABLE, tokens.start[from], tokens.end[to - 1],
                lang.message("actionable.message", report.text(first)), lang.message("actionable.suggestion", "")));
    }

    private void reportStale(Report report, LocalDate eventDate, LocalDate today) {
        if (eventDate != null) {
            long days = ChronoUnit.DAYS.between(eventDate, today);
            if (days > staleAfterDays) {
                String message = lang.message("stale.date.message", "").replace("{days}", Long.toString(days));
                report.findings.add(new Finding(FeedbackRule.STALE, 0, report.tokens.text.length(), message,
                        lang.message("stale.suggestion", "")));
            }
        }
        for (var found : stale.find(report.tokens, staleAfterDays, today)) {
            report.add(FeedbackRule.STALE, found.mark(), "stale.phrase");
        }
    }

    /** Findings for one text, with the offsets and messages filled in. */
    private final class Report {
        final Tokens tokens;
        final List<Finding> findings = new ArrayList<>();

        Report(Tokens tokens) {
            this.tokens = tokens;
        }

        void add(FeedbackRule rule, Mark mark, String key) {
            int start = tokens.start[mark.from()];
            int end = tokens.end[mark.to() - 1];
            String suggestionKey = key.startsWith("stale") ? "stale.suggestion" : key + ".suggestion";
            findings.add(new Finding(rule, start, end, lang.message(key + ".message", text(mark)),
                    lang.message(suggestionKey, "")));
        }

        String text(Mark mark) {
            return tokens.text.substring(tokens.start[mark.from()], tokens.end[mark.to() - 1]);
        }
    }
}
