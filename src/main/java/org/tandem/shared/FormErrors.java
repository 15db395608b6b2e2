package org.tandem.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field errors of a form submitted from a page, keyed by field name, for templates to show beside the field. */
public record FormErrors(Map<String, String> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    /** Keyed by the last segment of each field path, since a form's inputs are flat ({@code cadence.firstAt} → {@code firstAt}). */
    public static FormErrors of(InvalidInputException e) {
        Map<String, String> map = new LinkedHashMap<>();
        e.errors().forEach(error -> map.merge(error.field().substring(error.field().lastIndexOf('.') + 1), error.message(),
                (a, b) -> a + "; " + b));
        return new FormErrors(map);
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }
}
