package org.tandem.checkin;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tandem.feedback.FeedbackChecker;

/**
 * The feedback feature's quality check behind the check-in's {@link FeedbackReview} seam. Entries in a check-in
 * are about what happened since the last one, so no event date is passed and staleness is not judged here.
 */
@Component
class CheckedFeedback implements FeedbackReview {

    private final FeedbackChecker checker = FeedbackChecker.english();

    @Override
    public List<Finding> findings(String text) {
        return checker.check(text).stream()
                .map(f -> new Finding(f.rule().name(), f.start(), f.end(), f.message(), f.suggestion()))
                .toList();
    }
}
