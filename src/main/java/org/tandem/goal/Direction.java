package org.tandem.goal;

import java.math.BigDecimal;

/** Which way an indicator has to move; every progress figure is computed "toward the target" with it. */
public enum Direction {
    INCREASE, DECREASE;

    /** The movement from {@code from} to {@code to}, positive when it goes the wanted way. */
    public BigDecimal toward(BigDecimal from, BigDecimal to) {
        BigDecimal change = to.subtract(from);
        return this == INCREASE ? change : change.negate();
    }
    public int sign() {
        return this == INCREASE ? 1 : -1;
    }
    public String verb() {
        return this == INCREASE ? "increase" : "decrease";
    }
}
