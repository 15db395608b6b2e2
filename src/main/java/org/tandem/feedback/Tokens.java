package org.tandem.feedback;

import java.util.Arrays;

/**
 * A text cut into tokens, held in parallel arrays so the rules can walk back and forth cheaply.
 * Words are lower-cased, curly apostrophes straightened, and English-style clitics split off
 * ("you're" becomes "you" + "'re", "didn't" becomes "did" + "n't") so word lists can name them.
 * Hyphenated words stay whole: "lazy-loading" is one token and never matches "lazy".
 */
final class Tokens {

    enum Kind { WORD, NUMBER, PUNCT, QUOTE }

    final String text;
    int size;
    int[] start = new int[32];
    int[] end = new int[32];
    String[] word = new String[32];
    Kind[] kind = new Kind[32];
    boolean[] capitalized = new boolean[32];
    boolean[] quoted = new boolean[32];
    int[] sentence = new int[32];
    private int[] sentenceFirst = new int[0];
    private int[] sentenceLast = new int[0];

    private Tokens(String text) {
        this.text = text;
    }

    static Tokens of(String text) {
        var tokens = new Tokens(text);
        tokens.scan();
        tokens.markQuotes();
        tokens.markSentences();
        return tokens;
    }

    String word(int i) {
        return i >= 0 && i < size ? word[i] : "";
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && (kind[i] == Kind.WORD || kind[i] == Kind.NUMBER);
    }

    boolean isPunct(int i) {
        return i >= 0 && i < size && kind[i] == Kind.PUNCT;
    }

    boolean hasDigit(int i) {
        if (!isWord(i)) return false;
        String w = word[i];
        for (int k = 0; k < w.length(); k++) {
            if (Character.isDigit(w.charAt(k))) return true;
        }
        return false;
    }

    /** First token of the sentence that token {@code i} belongs to. */
    int sentenceStart(int i) {
        return sentenceFirst[sentence[i]];
    }

    /** One past the last token of the sentence that token {@code i} belongs to. */
    int sentenceEnd(int i) {
        return sentenceLast[sentence[i]];
    }

    int sentenceCount() {
        return sentenceFirst.length;
    }

    boolean firstWordOfSentence(int i) {
        int k = i - 1;
        int first = sentenceStart(i);
        while (k >= first && !isWord(k)) k--;
        return k < first;
    }

    private void scan() {
        String t = text;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' && size > 0 && !isBreak(size - 1)) add(i, i + 1, "\n", Kind.PUNCT, false);
                i++;
            } else if (Character.isLetterOrDigit(c) || (c == '#' || c == '@') && i + 1 < n && Character.isLetterOrDigit(t.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && continuesWord(t, j)) j++;
                addWord(i, j);
                i = j;
            } else if (isQuoteChar(t, i)) {
                add(i, i + 1, String.valueOf(normalQuote(c)), Kind.QUOTE, false);
                i++;
            } else {
                add(i, i + 1, String.valueOf(c == '–' || c == '—' ? '-' : c), Kind.PUNCT, false);
                i++;
            }
        }
    }

    private boolean isBreak(int k) {
        return kind[k] == Kind.PUNCT && word[k].equals("\n");
    }

    private static boolean continuesWord(String t, int j) {
        char c = t.charAt(j);
        if (Character.isLetterOrDigit(c)) return true;
        if (j + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(j + 1))) return false;
        char prev = t.charAt(j - 1);
        return switch (c) {
            case '-', '\'', '\u2019', '_', '/' -> Character.isLetterOrDigit(prev);
            case '.', ',', ':' -> Character.isDigit(prev) && Character.isDigit(t.charAt(j + 1))
                    || c == '.' && Character.isLetter(prev) && Character.isLetter(t.charAt(j + 1));
            default -> false;
        };
    }

    private static boolean isQuoteChar(String t, int i) {
        char c = t.charAt(i);
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u2018') return true;
        if (c == '\'' || c == '\u2019') {
            // A lone apostrophe outside a word acts as a single quote mark ('like this'); teams' stays punctuation.
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
            boolean letterAfter = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
            return letterBefore != letterAfter;
        }
        return false;
    }

    private static char normalQuote(char c) {
        return switch (c) {
            case '\u201C', '\u00AB' -> '\u201C';
            case '\u201D', '\u00BB' -> '\u201D';
            case '\u2018' -> '\u2018';
            case '\'', '\u2019' -> '\'';
            default -> '"';
        };
    }

    private void addWord(int from, int to) {
        String raw = text.substring(from, to).replace('\u2019', '\'');
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        boolean cap = Character.isUpperCase(raw.charAt(0));
        Kind k = Character.isDigit(raw.charAt(0)) ? Kind.NUMBER : Kind.WORD;
        int apostrophe = lower.indexOf('\'');
        if (apostrophe > 0 && k == Kind.WORD) {
            String suffix = lower.substring(apostrophe);
            if (lower.endsWith("n't") && apostrophe == lower.length() - 2) {
                String base = lower.substring(0, apostrophe - 1);
                add(from, from + apostrophe - 1, irregularBase(base), k, cap);
                add(from + apostrophe - 1, to, "n't", Kind.WORD, false);
                return;
            }
            if (suffix.equals("'s") || suffix.equals("'re") || suffix.equals("'m") || suffix.equals("'ve")
                    || suffix.equals("'d") || suffix.equals("'ll")) {
                add(from, from + apostrophe, lower.substring(0, apostrophe), k, cap);
                add(from + apostrophe, to, suffix, Kind.WORD, false);
                return;
            }
        }
        add(from, to, lower, k, cap);
    }

    private static String irregularBase(String base) {
        return switch (base) {
            case "ca" -> "can";
            case "wo" -> "will";
            case "sha" -> "shall";
            case "ai" -> "is";
            default -> base;
        };
    }

    private void add(int from, int to, String w, Kind k, boolean cap) {
        if (size == start.length) grow();
        start[size] = from;
        end[size] = to;
        word[size] = w;
        kind[size] = k;
        capitalized[size] = cap;
        size++;
    }

    private void grow() {
        int n = start.length * 2;
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        word = Arrays.copyOf(word, n);
        kind = Arrays.copyOf(kind, n);
        capitalized = Arrays.copyOf(capitalized, n);
        quoted = Arrays.copyOf(quoted, n);
        sentence = Arrays.copyOf(sentence, n);
    }

    /** Marks the tokens between a matching pair of quote marks; an unmatched mark quotes nothing. */
    private void markQuotes() {
        int open = -1;
        for (int i = 0; i < size; i++) {
            if (kind[i] != Kind.QUOTE) continue;
            String q = word[i];
            boolean opening = q.equals("\u201C") || q.equals("\u2018")
                    || (q.equals("\"") || q.equals("'")) && i + 1 < size && isWord(i + 1) && !wordCharBefore(start[i]);
            if (open < 0 && opening) {
                open = i;
            } else if (open >= 0 && closes(word[open], q)) {
                for (int k = open + 1; k < i; k++) quoted[k] = true;
                open = -1;
            }
        }
    }

    private boolean wordCharBefore(int offset) {
        return offset > 0 && Character.isLetterOrDigit(text.charAt(offset - 1));
    }

    private static boolean closes(String open, String close) {
        return switch (open) {
            case "\u201C" -> close.equals("\u201D") || close.equals("\"");
            case "\u2018" -> close.equals("'");
            default -> close.equals(open);
        };
    }

    /** Sentence ends at . ! ? and line breaks outside quotes; closing marks stay with the sentence they end. */
    private void markSentences() {
        int s = 0;
        boolean pending = false;
        for (int i = 0; i < size; i++) {
            boolean endMark = kind[i] == Kind.PUNCT && !quoted[i] && isSentenceMark(word[i]);
            if (pending && !endMark && kind[i] != Kind.QUOTE && !word[i].equals(")")) {
                s++;
                pending = false;
            }
            sentence[i] = s;
            boolean quoteEndsSentence = kind[i] == Kind.QUOTE && i > 0 && quoted[i - 1] && kind[i - 1] == Kind.PUNCT
                    && isSentenceMark(word[i - 1]);
            if (endMark || quoteEndsSentence) pending = true;
        }
        int count = size == 0 ? 0 : sentence[size - 1] + 1;
        sentenceFirst = new int[count];
        sentenceLast = new int[count];
        for (int i = size - 1; i >= 0; i--) sentenceFirst[sentence[i]] = i;
        for (int i = 0; i < size; i++) sentenceLast[sentence[i]] = i + 1;
    }

    private static boolean isSentenceMark(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("\n");
    }
}
