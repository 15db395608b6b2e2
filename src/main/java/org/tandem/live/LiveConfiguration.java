package org.tandem.live;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The purge of the live log as a db-scheduler recurring task: one instance of a cluster runs it at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration {

    static final String TASK = "live-log-purge";

    @Bean
    RecurringTask<Void> liveLogPurgeTask(LivePurge purge, LiveProperties properties) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(properties.purgeEvery())).execute((instance, context) -> purge.run());
    }

    /** Keeps the log short: changes older than {@code tandem.live.keep}, and presence of instances gone quiet. */
    @org.springframework.stereotype.Component
    static class LivePurge {

        private final LiveLog liveLog;
        private final LivePresence presence;
        private final LiveProperties properties;
        private final Clock clock;

        LivePurge(LiveLog liveLog, LivePresence presence, LiveProperties properties, Clock clock) {
            this.liveLog = liveLog;
            this.presence = presence;
            this.properties = properties;
            this.clock = clock;
        }

        int run() {
            var now = clock.instant();
            presence.purgeLapsed(now.minus(properties.presenceLapse()));
            return liveLog.purge(now.minus(properties.keep()));
        }
    }
}
