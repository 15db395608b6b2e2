package org.tandem.goal;

/**
 * One field of a goal before and after an applied revision. Values are kept as text (ISO dates, plain
 * decimals, enum names) because history is read, not computed with, and must survive later type changes.
 * {@code field} uses the API's names: {@code title}, {@code indicator.target}, {@code dueOn}, ...
 */
public record FieldChange(String field, String before, String after) {
}
