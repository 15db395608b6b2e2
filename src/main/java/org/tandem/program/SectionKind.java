package org.tandem.program;

/**
 * The sections a check-in can have, in the method's order. Each belongs to one of the three things a
 * check-in balances, which the insight feature reads.
 */
public enum SectionKind {
    RECAP(Balance.REVIEW),
    REVIEW(Balance.REVIEW),
    INTERPRET(Balance.REVIEW),
    ADJUST(Balance.ADJUSTMENT),
    GROWTH(Balance.ADJUSTMENT),
    RISKS(Balance.ADJUSTMENT),
    FEEDBACK(Balance.REVIEW),
    CELEBRATE(Balance.CELEBRATION),
    PLAN(Balance.ADJUSTMENT),
    CLOSE(Balance.NONE);

    public enum Balance { REVIEW, ADJUSTMENT, CELEBRATION, NONE }

    private final Balance balance;

    SectionKind(Balance balance) {
        this.balance = balance;
    }

    public Balance balance() {
        return balance;
    }
}
