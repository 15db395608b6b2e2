package org.tandem.shared;

import java.util.OptionalLong;
import java.util.function.LongSupplier;

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

    /**
     * The version a change over the API is based on: the If-Match header's, else the {@code version} the body
     * names, else empty (the change applies to whatever version is current). If-Match wins over the body; a
     * stale If-Match answers 412 and a stale body version 409 (see {@code ProblemAdvice}).
     */
    public static OptionalLong basedOn(String ifMatch, Long bodyVersion) {
        OptionalLong fromHeader = ifMatch(ifMatch);
        return fromHeader.isPresent() || bodyVersion == null ? fromHeader : OptionalLong.of(bodyVersion);
    }

    /** Throws when the caller based its change on another version than the current one. */
    public static void check(String what, OptionalLong expected, long current) {
        if (expected.isPresent() && expected.getAsLong() != current) {
            throw new StaleVersionException(what, current);
        }
    }

    /**
     * Throws when an optimistic-lock write ({@code update … where id = ? and version = ?}) changed no row:
     * someone else wrote first. {@code current} answers the version now stored, asked only then.
     */
    public static void requireWritten(int rowsWritten, String what, LongSupplier current) {
        if (rowsWritten == 0) {
            throw new StaleVersionException(what, current.getAsLong());
        }
    }

    /** {@link #requireWritten(int, String, LongSupplier)} for repositories that answer whether the write happened. */
    public static void requireWritten(boolean written, String what, LongSupplier current) {
        requireWritten(written ? 1 : 0, what, current);
    }
}
