package org.tandem.checkin.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The quality check of feedback text, which the feedback feature owns: trait language, vagueness, no next step,
 * absolutes, staleness. A check-in stores feedback entries and shows each with the findings this seam returns
 * for its text, computed when the entry is read, so an improved checker also explains older entries. The
 * feedback checker is wired by {@link CheckedFeedback}.
 */
public interface FeedbackReview {

    /** Findings for the text, in order of their position; an empty list when the text reads well. */
    List<Finding> findings(String text);

    /**
     * One problem in the text: the rule that found it (e.g. {@code TRAIT_LANGUAGE}), the characters it covers
     * ({@code start} inclusive, {@code end} exclusive), why it matters and a suggested rewrite shape.
     */
    @Schema(name = "FeedbackEntryFinding")
    record Finding(String rule, int start, int end, String message, String suggestion) {
    }
}
