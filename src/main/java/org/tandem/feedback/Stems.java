package org.tandem.feedback;

/**
 * A small English lemmatizer for word-list lookups: reduces the inflected forms of a word to one stem, so a
 * list that names "forget" also finds "forgets", "forgetting" and "forgotten"'s regular cousins. It only
 * strips regular endings ("-s", "-es", "-ies", "-ed", "-ied", "-ing", a doubled consonant, a final "e");
 * irregular forms ("forgot", "broke") stay in the lists. Deterministic and allocation-light.
 */
final class Stems {

    private Stems() {
    }

    static String of(String word) {
        String w = word;
        if (w.length() < 4 || w.indexOf('-') >= 0 || w.indexOf('\'') >= 0) return w;
        if (w.endsWith("ies") || w.endsWith("ied")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        } else if (w.endsWith("es") && endsLikeSibilant(w.substring(0, w.length() - 2))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e") && !w.endsWith("ee")) w = w.substring(0, w.length() - 1);
        return w;
    }

    private static boolean endsLikeSibilant(String stem) {
        return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch") || stem.endsWith("sh");
    }

    /** "forgett" → "forget", "stopp" → "stop"; but "miss", "fall" and "buzz" keep their double letter. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n < 4) return stem;
        char last = stem.charAt(n - 1);
        if (last == stem.charAt(n - 2) && "bdgmnprt".indexOf(last) >= 0) return stem.substring(0, n - 1);
        return stem;
    }
}
