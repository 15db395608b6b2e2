package org.tandem.notify;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks of notify: one-time deliveries (one execution per message) and three recurring
 * tasks — the reminder scan, the sweep of stale claims and held mail, and the weekly digest. A recurring
 * task runs on one instance of a cluster at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotifyProperties.class, WebhookProperties.class})
class NotifyConfiguration {

    @Bean
    OutboxDelivery outboxDelivery(Outbox outbox, List<Transport> transports, NotifyProperties properties, Clock clock) {
        return new OutboxDelivery(outbox, transports, properties, clock, workerName());
    }

    @Bean
    CustomTask<Void> outboxDeliveryTask(OutboxDelivery delivery) {
        return DeliveryTask.create(DeliveryTask.NAME, delivery);
    }

    @Bean
    DeliveryScheduling deliveryScheduling(DataSource dataSource, CustomTask<Void> outboxDeliveryTask,
            @Value("${db-scheduler.table-name:scheduled_tasks}") String tableName) {
        return new DeliveryScheduling(dataSource, outboxDeliveryTask, tableName);
    }

    @Bean
    RecurringTask<Void> notifyReminderScanTask(ReminderScan scan, NotifyProperties properties) {
        return Tasks.recurring("notify-reminder-scan", Schedules.fixedDelay(properties.reminderScan()))
                .execute((instance, context) -> scan.run());
    }

    @Bean
    RecurringTask<Void> notifyOutboxSweepTask(OutboxSweep sweep, NotifyProperties properties) {
        return Tasks.recurring("notify-outbox-sweep", Schedules.fixedDelay(properties.sweep()))
                .execute((instance, context) -> sweep.run());
    }

    @Bean
    RecurringTask<Void> notifyWeeklyDigestTask(WeeklyDigest digest, NotifyProperties properties) {
        return Tasks.recurring("notify-weekly-digest", Schedules.cron(properties.digestCron(), ZoneOffset.UTC))
                .execute((instance, context) -> digest.run());
    }

    /** Names the instance in claims, so the admin page and the logs show who held a message. */
    static String workerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 180 ? name.substring(name.length() - 180) : name;
    }
}
