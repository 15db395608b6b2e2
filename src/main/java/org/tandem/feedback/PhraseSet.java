package org.tandem.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word sequences from a word list, matched token by token (so "let's" in a list matches "Let’s" in a text).
 * Indexed by first and by last word; longer phrases are tried first, so the longest match wins.
 * Each phrase may carry a tag from its line ("lazy	-" tags "lazy" with "-"). A "..." inside a phrase stands for
 * up to {@value #MAX_GAP} words ("broke ... into" matches "broke the epic into"); only {@link #lengthAt} honours it.
 */
final class PhraseSet {

    record Phrase(String[] words, String tag) {
    }

    static final String GAP = "...";
    static final int MAX_GAP = 3;

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();
    private final Map<String, List<Phrase>> byLast = new HashMap<>();

    void add(String[] words, String tag) {
        var phrase = new Phrase(words, tag);
        insert(byFirst, words[0], phrase);
        insert(byLast, words[words.length - 1], phrase);
    }

    private static void insert(Map<String, List<Phrase>> index, String key, Phrase phrase) {
        var list = index.computeIfAbsent(key, k -> new ArrayList<>());
        int at = 0;
        while (at < list.size() && list.get(at).words().length >= phrase.words().length) at++;
        list.add(at, phrase);
    }

    boolean contains(String word) {
        var list = byFirst.get(word);
        if (list == null) return false;
        for (var p : list) {
            if (p.words().length == 1) return true;
        }
        return false;
    }

    /** Every one-word entry with this tag. */
    List<String> oneWordEntries(String tag) {
        var words = new ArrayList<String>();
        for (var entry : byFirst.entrySet()) {
            for (var p : entry.getValue()) {
                if (p.words().length == 1 && p.tag().equals(tag)) words.add(entry.getKey());
            }
        }
        return words;
    }

    /** The tag of a one-word entry, or null when the word is not in the list. */
    String tagOf(String word) {
        var list = byFirst.get(word);
        if (list == null) return null;
        for (var p : list) {
            if (p.words().length == 1) return p.tag();
        }
        return null;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Phrase startingAt(Tokens t, int i) {
        var list = byFirst.get(t.word(i));
        if (list == null) return null;
        for (var p : list) {
            if (matches(t, i, p.words())) return p;
        }
        return null;
    }

    /** How many tokens the longest phrase starting at token {@code i} covers, gaps included; 0 for none. */
    int lengthAt(Tokens t, int i) {
        var list = byFirst.get(t.word(i));
        if (list == null) return 0;
        int best = 0;
        for (var p : list) best = Math.max(best, matchEnd(t, i, p.words(), 0) - i);
        return best;
    }

    private static int matchEnd(Tokens t, int at, String[] words, int w) {
        if (w == words.length) return at;
        if (words[w].equals(GAP)) {
            for (int skip = 0; skip <= MAX_GAP && at + skip <= t.size; skip++) {
                int end = matchEnd(t, at + skip, words, w + 1);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (at >= t.size || !t.word[at].equals(words[w])) return -1;
        return matchEnd(t, at + 1, words, w + 1);
    }

    /** The longest phrase ending at token {@code i}, or null. */
    Phrase endingAt(Tokens t, int i) {
        var list = byLast.get(t.word(i));
        if (list == null) return null;
        for (var p : list) {
            int from = i - p.words().length + 1;
            if (from >= 0 && matches(t, from, p.words())) return p;
        }
        return null;
    }

    private static boolean matches(Tokens t, int from, String[] words) {
        if (from + words.length > t.size) return false;
        for (int k = 0; k < words.length; k++) {
            if (!t.word[from + k].equals(words[k])) return false;
        }
        return true;
    }
}
