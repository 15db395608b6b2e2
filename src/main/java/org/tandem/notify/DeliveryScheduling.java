package org.tandem.notify;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Creates the delivery execution of a message. Its client writes through a transaction-aware DataSource, so
 * the execution row commits or rolls back with the outbox row and the caller's change. It works whether or
 * not this instance runs a scheduler: any instance that does will pick the execution up.
 */
class DeliveryScheduling {

    private final SchedulerClient client;
    private final CustomTask<Void> task;

    DeliveryScheduling(DataSource dataSource, CustomTask<Void> task, String tableName) {
        DataSource transactional = dataSource instanceof TransactionAwareDataSourceProxy ? dataSource : new TransactionAwareDataSourceProxy(dataSource);
        this.client = SchedulerClient.Builder.create(transactional, task).tableName(tableName).build();
        this.task = task;
    }

    void schedule(UUID message, Instant at) {
        client.scheduleIfNotExists(task.instance(message.toString()), at);
    }
}
