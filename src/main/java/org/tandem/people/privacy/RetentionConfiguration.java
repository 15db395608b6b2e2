package org.tandem.people.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention purge as a db-scheduler recurring task: one instance of a cluster runs it at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

    static final String TASK = "people-retention-purge";

    @Bean
    RecurringTask<Void> retentionPurgeTask(RetentionPurge purge, RetentionProperties properties) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(properties.runEvery()))
                .execute((instance, context) -> purge.run());
    }
}
