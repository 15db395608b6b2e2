package org.tandem.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one way text from a form, a query or a CSV cell becomes an enum: case and surrounding blanks do not matter,
 * and anything else is a field error that lists what the field takes.
 */
public final class Enums {

    private Enums() {
    }

    /** @throws InvalidInputException naming {@code field} when the value is blank or not one of the constants */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "Choose one of " + choices(type));
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new InvalidInputException(field, "'" + shown(value) + "' is not one of " + choices(type));
    }

    /** Like {@link #parse} but a blank value means {@code otherwise}. */
    public static <E extends Enum<E>> E parseOr(Class<E> type, String value, String field, E otherwise) {
        return value == null || value.isBlank() ? otherwise : parse(type, value, field);
    }

    private static String shown(String value) {
        String stripped = value.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
