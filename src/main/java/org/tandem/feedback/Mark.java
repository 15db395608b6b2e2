package org.tandem.feedback;

/** A stretch of tokens ({@code from} inclusive, {@code to} exclusive) that a rule noticed, with its polarity. */
record Mark(int from, int to, Polarity polarity) {

    enum Polarity { PRAISE, CRITICISM, NEUTRAL }

    static Polarity polarityOf(String tag) {
        if (tag.startsWith("+")) return Polarity.PRAISE;
        if (tag.startsWith("-")) return Polarity.CRITICISM;
        return Polarity.NEUTRAL;
    }
}
