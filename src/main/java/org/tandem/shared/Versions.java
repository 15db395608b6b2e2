package org.tandem.shared;

import java.util.OptionalLong;

/** ETag and If-Match for aggregates with an optimistic-lock version. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version a client's If-Match names, or empty when it sent none (or {@code *}). */
    public static OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be an ETag this API gave out");
        }
    }

    /** Throws when the caller based its change on another version than the current one. */
    public static void check(String what, OptionalLong expected, long current) {
        if (expected.isPresent() && expected.getAsLong() != current) {
            throw new StaleVersionException(what, current);
        }
    }
}
