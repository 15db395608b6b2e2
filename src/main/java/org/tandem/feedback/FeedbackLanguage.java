package org.tandem.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything language-specific about the check: the word lists under {@code feedback/<code>/} on the
 * classpath and the messages shown with findings. Loaded once; the rules only read it, so one instance
 * is safe to share between threads.
 */
final class FeedbackLanguage {

    final PhraseSet personPronouns;
    final PhraseSet personNouns;
    final PhraseSet nameStopwords;
    final PhraseSet copulas;
    final PhraseSet auxiliaries;
    final PhraseSet directiveModals;
    final PhraseSet intensifiers;
    final PhraseSet traits;
    final PhraseSet roleNouns;
    final PhraseSet roleQualifiers;
    final PhraseSet traitNouns;
    final PhraseSet possessives;
    final PhraseSet judgeVerbs;
    final PhraseSet absolutes;
    final PhraseSet hedges;
    final PhraseSet reportingVerbs;
    final PhraseSet ruleNouns;
    final PhraseSet praise;
    final PhraseSet praiseExceptions;
    final PhraseSet criticism;
    final PhraseSet criticismExceptions;
    final PhraseSet defectCarriers;
    final PhraseSet neutralizers;
    final PhraseSet backgroundOpeners;
    final PhraseSet negations;
    final PhraseSet negationExceptions;
    final PhraseSet nextSteps;
    final PhraseSet imperatives;
    final PhraseSet objectStarters;
    final PhraseSet discourse;
    final PhraseSet vagueWords;
    final PhraseSet situations;
    final PhraseSet genericNouns;
    final PhraseSet determiners;
    final PhraseSet timePoints;
    final PhraseSet quantities;
    final PhraseSet clauseOpeners;
    final PhraseSet staleUnits;
    final PhraseSet staleMarkers;
    final PhraseSet stalePhrases;
    final PhraseSet pastIrregular;
    final PhraseSet exampleMarkers;
    final PhraseSet outcomes;
    /** One-word problems ("forget", "interrupts") by their {@link Stems stem}, so every regular form is found. */
    final Set<String> criticismStems;
    private final Properties messages;
    /** The trained reading of a rule where its rules saw nothing ({@link RuleModel}), for the rules that have one. */
    final Map<FeedbackRule, RuleModel> models;

    private FeedbackLanguage(String code) {
        String dir = "feedback/" + code + "/";
        personPronouns = load(dir, "person-pronouns");
        personNouns = load(dir, "person-nouns");
        nameStopwords = load(dir, "name-stopwords");
        copulas = load(dir, "copulas");
        auxiliaries = load(dir, "auxiliaries");
        directiveModals = load(dir, "directive-modals");
        intensifiers = load(dir, "intensifiers");
        traits = load(dir, "traits");
        roleNouns = load(dir, "role-nouns");
        roleQualifiers = load(dir, "role-qualifiers");
        traitNouns = load(dir, "trait-nouns");
        possessives = load(dir, "possessives");
        judgeVerbs = load(dir, "judge-verbs");
        absolutes = load(dir, "absolutes");
        hedges = load(dir, "hedges");
        reportingVerbs = load(dir, "reporting-verbs");
        ruleNouns = load(dir, "rule-nouns");
        praise = load(dir, "praise");
        praiseExceptions = load(dir, "praise-exceptions");
        criticism = load(dir, "criticism");
        criticismExceptions = load(dir, "criticism-exceptions");
        defectCarriers = load(dir, "defect-carriers");
        neutralizers = load(dir, "neutralizers");
        backgroundOpeners = load(dir, "background-openers");
        negations = load(dir, "negations");
        negationExceptions = load(dir, "negation-exceptions");
        nextSteps = load(dir, "next-steps");
        imperatives = load(dir, "imperatives");
        objectStarters = load(dir, "object-starters");
        discourse = load(dir, "discourse");
        vagueWords = load(dir, "vague-words");
        situations = load(dir, "situations");
        genericNouns = load(dir, "generic-nouns");
        determiners = load(dir, "determiners");
        timePoints = load(dir, "time-points");
        quantities = load(dir, "quantities");
        clauseOpeners = load(dir, "clause-openers");
        staleUnits = load(dir, "stale-units");
        staleMarkers = load(dir, "stale-markers");
        stalePhrases = load(dir, "stale-phrases");
        pastIrregular = load(dir, "past-irregular");
        exampleMarkers = load(dir, "example-markers");
        outcomes = load(dir, "outcomes");
        messages = loadMessages(dir + "messages.properties");
        var trained = new EnumMap<FeedbackRule, RuleModel>(FeedbackRule.class);
        for (var rule : FeedbackRule.values()) {
            var model = RuleModel.load(dir, rule);
            if (!model.isEmpty()) trained.put(rule, model);
        }
        models = Map.copyOf(trained);
        criticismStems = criticism.oneWordEntries("strong").stream().map(Stems::of).collect(Collectors.toUnmodifiableSet());
    }

    static FeedbackLanguage load(String code) {
        if (!code.matches("[a-z]{2,3}(-[a-z0-9]+)?")) {
            throw new IllegalArgumentException("Not a language code: " + code);
        }
        return new FeedbackLanguage(code);
    }

    String message(String key, String text) {
        String template = messages.getProperty(key);
        if (template == null) throw new IllegalStateException("No message " + key);
        return template.replace("{text}", text);
    }

    private static PhraseSet load(String dir, String name) {
        var set = new PhraseSet();
        try (var in = open(dir + name + ".txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash == 0 || line.isBlank()) continue;
                int tab = line.indexOf('\t');
                String entry = (tab >= 0 ? line.substring(0, tab) : line).strip();
                String tag = tab >= 0 ? line.substring(tab + 1).strip() : "";
                if (!entry.isEmpty()) set.add(words(entry), tag);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    /** Splits a list entry the way text is split; a lone clitic ("'s", "n't") is taken as it is. */
    private static String[] words(String entry) {
        if (entry.startsWith("'") || entry.equals("n't")) return new String[] {entry};
        var words = new ArrayList<String>();
        for (String part : entry.split(" \\.\\.\\. ", -1)) {
            if (!words.isEmpty()) words.add(PhraseSet.GAP);
            var tokens = Tokens.of(part);
            for (int i = 0; i < tokens.size; i++) {
                if (tokens.isWord(i)) words.add(tokens.word[i]);
            }
        }
        if (words.isEmpty()) throw new IllegalStateException("Empty word list entry: " + entry);
        return words.toArray(String[]::new);
    }

    private static Properties loadMessages(String path) {
        var properties = new Properties();
        try (var in = open(path); var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = FeedbackLanguage.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IOException("Missing feedback resource " + path);
        return in;
    }
}
