package org.tandem.feedback;

import java.util.Objects;

/**
 * One problem found in a feedback text: which rule, where ({@code start} inclusive, {@code end} exclusive,
 * as character offsets into the checked text), why it matters, and the shape of a better version.
 */
public record Finding(FeedbackRule rule, int start, int end, String message, String suggestion) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span " + start + ".." + end);
        }
    }
}
