package org.tandem.insight;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retentionRecheckAfter how long after a LEARNING goal is achieved the pair is asked whether the skill showed again
 * @param balanceCheckIns       how many of the latest completed check-ins the balance looks at
 * @param cadenceWindow         how far from its scheduled time a check-in may start and still count as held on time
 * @param rollupEvery           how often the dashboard's rollups of changed pairs are refreshed (their freshness)
 * @param refreshOnRead         how many dirty pairs of a program the dashboard refreshes itself before answering
 */
@ConfigurationProperties("tandem.insight")
record InsightProperties(Duration retentionRecheckAfter, Integer balanceCheckIns, Duration cadenceWindow, Duration rollupEvery,
                         Integer refreshOnRead) {

    InsightProperties {
        retentionRecheckAfter = retentionRecheckAfter == null ? Duration.ofDays(60) : retentionRecheckAfter;
        balanceCheckIns = balanceCheckIns == null ? 6 : balanceCheckIns;
        cadenceWindow = cadenceWindow == null ? Duration.ofDays(2) : cadenceWindow;
        rollupEvery = rollupEvery == null ? Duration.ofMinutes(1) : rollupEvery;
        refreshOnRead = refreshOnRead == null ? 200 : refreshOnRead;
    }
}
