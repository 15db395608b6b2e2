package org.tandem.checkin.session;

import java.time.Instant;
import org.tandem.checkin.support.InputCheck;

/**
 * The mentor's judgement of how independently the mentee now works (1 = needs close guidance, 5 = fully
 * autonomous). Read over many check-ins it shows a trend; one number alone says little.
 */
public record AutonomyRating(int rating, Instant ratedAt) {

    static AutonomyRating of(Integer rating, Instant ratedAt) {
        InputCheck.of().range("rating", rating, 1, 5).orThrow();
        return new AutonomyRating(rating, ratedAt);
    }
}
