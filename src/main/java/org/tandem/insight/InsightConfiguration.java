package org.tandem.insight;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rollup refresh runs as a db-scheduler recurring task, on one instance of a cluster at a time; its period
 * ({@code tandem.insight.rollup-every}) is the dashboard's stated freshness for changes without an event (ratings).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsightProperties.class)
class InsightConfiguration {

    @Bean
    RecurringTask<Void> insightRollupTask(InsightRollups rollups, InsightProperties properties) {
        return Tasks.recurring("insight-rollups", Schedules.fixedDelay(properties.rollupEvery()))
                .execute((instance, context) -> rollups.refreshChanged());
    }
}
