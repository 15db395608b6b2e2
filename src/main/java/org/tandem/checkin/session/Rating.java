package org.tandem.checkin.session;

import java.time.Instant;
import org.tandem.checkin.support.InputCheck;

/**
 * The mentee's verdict on one check-in: was it clear, was it useful, did they feel supported. These three
 * numbers are how the cadence itself gets measured, so each is required and on the same 1–5 scale.
 */
public record Rating(int clarity, int usefulness, int support, String comment, Instant ratedAt) {

    static final int MAX_COMMENT = 2000;

    static Rating of(Integer clarity, Integer usefulness, Integer support, String comment, Instant ratedAt) {
        InputCheck.of()
                  .range("clarity", clarity, 1, 5)
                  .range("usefulness", usefulness, 1, 5)
                  .range("support", support, 1, 5)
                  .optionalText("comment", comment, MAX_COMMENT)
                  .orThrow();
        return new Rating(clarity, usefulness, support, InputCheck.cleanOptional(comment), ratedAt);
    }
}
