package org.tandem.notify;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.UUID;

/**
 * The db-scheduler task that delivers one outbox message; its instance id is the message id. db-scheduler
 * gives each execution to one instance and revives executions of instances that died; the outbox claim
 * inside {@link OutboxDelivery} makes even a revived or doubled execution send at most once. Retries are
 * the same execution rescheduled to the backoff time the outbox recorded.
 */
final class DeliveryTask {

    static final String NAME = "outbox-delivery";

    private DeliveryTask() {
    }

    static CustomTask<Void> create(String name, OutboxDelivery delivery) {
        return Tasks.custom(name, Void.class)
                // Only an unexpected error (the database away) lands here: try the whole execution again soon.
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)))
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> switch (delivery.deliver(UUID.fromString(instance.getId()))) {
                    case OutboxDelivery.Outcome.RetryAt retry -> (complete, operations) -> operations.reschedule(complete, retry.at());
                    case OutboxDelivery.Outcome.Finished finished -> new CompletionHandler.OnCompleteRemove<>();
                });
    }
}
