package org.tandem.checkin.record;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tandem.feedback.FeedbackQuality;

/**
 * The feedback feature's quality check behind the check-in's {@link FeedbackReview} seam. Entries in a check-in
 * are about what happened since the last one, so no event date is passed; staleness then comes only from the
 * wording ("months ago").
 */
@Component
class CheckedFeedback implements FeedbackReview {

    private final FeedbackQuality quality;

    CheckedFeedback(FeedbackQuality quality) {
        this.quality = quality;
    }

    @Override
    public List<Finding> findings(String text) {
        return quality.check(text).stream()
                .map(f -> new Finding(f.rule().name(), f.start(), f.end(), f.message(), f.suggestion()))
                .toList();
    }
}
