package org.tandem.goal.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.tandem.goal.Direction;

/** What the pair will watch to know the goal moves: a named quantity, where it starts and where it should get to. */
public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, Direction direction) {
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
    }

    /** The whole distance from baseline to target, positive for a sensible indicator. */
    public BigDecimal gap() {
        return direction.toward(baseline, target);
    }

    /** What is still missing from {@code value} to the target; zero or less once reached. */
    public BigDecimal remainingFrom(BigDecimal value) {
        return direction.toward(value, target);
    }
    public boolean reachedBy(BigDecimal value) {
        return remainingFrom(value).signum() <= 0;
    }

    /** A value with its unit, as people read it in messages: "46 points", "12%". */
    public String show(BigDecimal value) {
        return plain(value) + unitSuffix(unit);
    }
    public static String unitSuffix(String unit) {
        return unit.equals("%") ? "%" : " " + unit;
    }

    /** Two decimals at most and no trailing zeros, so 46.00 reads as 46. */
    public static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
