package org.tandem.insight.pairs;

/** One thing wrong with a pair: its kind, and a sentence that says what, with the numbers behind it. */
public record PairFlag(FlagKind kind, String message) {
}
