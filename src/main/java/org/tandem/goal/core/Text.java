package org.tandem.goal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text judgements the SMART check and the validations share. */
public final class Text {

    // Words keep inner hyphens and apostrophes, so "all-hands" and "team's" count once.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    // What people type to get past a required field; judged after dropping punctuation, so "n/a" is "n a".
    private static final Set<String> PLACEHOLDERS = Set.of(
            "", "n a", "na", "none", "nothing", "tbd", "tba", "tbc", "todo", "to do", "later", "unknown", "idk",
            "x", "xx", "xxx", "misc", "various", "whatever", "same", "same as above", "see above", "asdf", "test",
            "yes", "no", "ok", "okay", "dunno", "not sure", "placeholder", "lorem ipsum");

    private Text() {
    }
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
    public static boolean isPlaceholder(String text) {
        if (text == null) {
            return true;
        }
        String normalized = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return PLACEHOLDERS.contains(normalized);
    }
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static String stripToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
    public static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
    public static String joinAnd(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
