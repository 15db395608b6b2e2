package org.tandem.people.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How patient sign-in is: {@code maxFailures} wrong passwords for one account within {@code window} lock its
 * password sign-in for {@code firstLock}, doubled on each further lock up to {@code maxLock}; one client address
 * may fail {@code addressMaxFailures} times per {@code window} (across accounts) before it is slowed down.
 */
@ConfigurationProperties("tandem.sign-in")
public record SignInSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
                             @DefaultValue("15m") Duration firstLock, @DefaultValue("24h") Duration maxLock,
                             @DefaultValue("30") int addressMaxFailures) {

    /** The lock period after {@code strikes} locks in a row (1 = the first): doubling, capped. */
    Duration lockPeriod(int strikes) {
        Duration period = firstLock;
        for (int i = 1; i < strikes && period.compareTo(maxLock) < 0; i++) {
            period = period.multipliedBy(2);
        }
        return period.compareTo(maxLock) > 0 ? maxLock : period;
    }
}
