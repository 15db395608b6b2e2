package org.tandem.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live check-in's limits ({@code tandem.live.*}).
 *
 * @param heartbeat   how often an open stream gets a comment line, so proxies keep it open, and presence is refreshed
 * @param keep        how long the log keeps a change; a page away longer than this reloads instead of replaying
 * @param streamLimit how long one stream stays open; the browser then reconnects with its Last-Event-ID
 * @param purgeEvery  how often the log is purged (one instance of a cluster at a time)
 */
@ConfigurationProperties("tandem.live")
record LiveProperties(Duration heartbeat, Duration keep, Duration streamLimit, Duration purgeEvery) {

    LiveProperties {
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        keep = keep == null ? Duration.ofHours(24) : keep;
        streamLimit = streamLimit == null ? Duration.ofMinutes(30) : streamLimit;
        purgeEvery = purgeEvery == null ? Duration.ofHours(1) : purgeEvery;
    }

    /** A presence row not refreshed for this long belongs to an instance that stopped. */
    Duration presenceLapse() {
        return heartbeat.multipliedBy(3);
    }
}
