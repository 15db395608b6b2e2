package org.tandem.checkin.cadence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tandem.checkin.session.CheckIn;

/**
 * How the cadence planner runs: {@code tandem.cadence.*}.
 *
 * @param grace how long after its planned time a check-in nobody started becomes MISSED
 * @param poll  how often the planner looks for missed check-ins and pairs without a scheduled one
 */
@ConfigurationProperties("tandem.cadence")
public record CadenceProperties(Duration grace, Duration poll) {

    public CadenceProperties {
        grace = grace == null ? CheckIn.MISSED_GRACE : grace;
        poll = poll == null ? Duration.ofMinutes(1) : poll;
        if (grace.isNegative() || poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("tandem.cadence.grace must not be negative and tandem.cadence.poll must be positive");
        }
    }
}
