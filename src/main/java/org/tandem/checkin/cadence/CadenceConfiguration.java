package org.tandem.checkin.cadence;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cadence planner as a db-scheduler recurring task: one instance of a cluster runs it at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CadenceProperties.class)
class CadenceConfiguration {

    static final String TASK = "checkin-cadence";

    @Bean
    RecurringTask<Void> checkInCadenceTask(CadencePlanner planner, CadenceProperties properties) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(properties.poll()))
                .execute((instance, context) -> planner.run());
    }
}
