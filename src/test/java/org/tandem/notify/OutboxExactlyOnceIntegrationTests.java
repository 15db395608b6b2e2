package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.ORGANIZATION;
import static org.tandem.db.Tables.OUTBOX_MESSAGE;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notify.QueuedMessage.Channel;
import org.tandem.notify.QueuedMessage.Status;
import org.tandem.shared.Ids;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.TestDatabase;

/**
 * Two db-scheduler instances on one database drain 1,200 messages; one is stopped mid-run; every message
 * must reach the transport exactly once. Runs on H2 by default and on the real PostgreSQL in the
 * PostgreSQL suite. Each run uses its own task name, so the schedulers of other test contexts sharing the
 * database leave these executions alone.
 */
@PostgresRelevant
class OutboxExactlyOnceIntegrationTests {

    static final int MESSAGES = 1_200;

    HikariDataSource dataSource;
    DSLContext dsl;
    Outbox outbox;
    UUID organization;
    String taskName;
    final List<Scheduler> schedulers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        dataSource = new HikariDataSource();
        if (TestDatabase.postgres()) {
            dataSource.setJdbcUrl(System.getenv("TANDEM_TEST_PG_URL"));
            dataSource.setUsername(env("TANDEM_TEST_PG_USER", "postgres"));
            dataSource.setPassword(env("TANDEM_TEST_PG_PASSWORD", ""));
        } else {
            dataSource.setJdbcUrl("jdbc:h2:mem:exactly-once-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            dataSource.setUsername("sa");
        }
        dataSource.setMaximumPoolSize(24);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        dsl = DSL.using(dataSource, TestDatabase.postgres() ? SQLDialect.POSTGRES : SQLDialect.H2);
        outbox = new Outbox(dsl);
        organization = Ids.next();
        dsl.insertInto(ORGANIZATION).set(ORGANIZATION.ID, organization).set(ORGANIZATION.NAME, "Exactly once")
                .set(ORGANIZATION.SLUG, "exactly-once-" + organization).set(ORGANIZATION.CREATED_AT, Instant.now())
                .execute();
        taskName = "outbox-delivery-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void tearDown() {
        schedulers.forEach(Scheduler::stop);
        dsl.deleteFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization)).execute();
        dsl.deleteFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(organization)).execute();
        dataSource.close();
    }

    @Test
    void twoSchedulersDeliverEveryMessageExactlyOnceWhileOneIsStoppedMidRun() throws Exception {
        CountingTransport transport = new CountingTransport();
        OutboxDelivery first = delivery(transport, "instance-a");
        OutboxDelivery second = delivery(transport, "instance-b");
        CustomTask<Void> firstTask = DeliveryTask.create(taskName, first);
        enqueue(firstTask, MESSAGES);

        Scheduler a = scheduler(firstTask, "instance-a");
        Scheduler b = scheduler(DeliveryTask.create(taskName, second), "instance-b");
        a.start();
        b.start();
        NotifyDeliveryIntegrationTests.await(() -> transport.total() >= MESSAGES / 4, Duration.ofSeconds(60));
        a.stop();
        int deliveredWhenStopped = transport.total();
        NotifyDeliveryIntegrationTests.await(() -> transport.total() >= MESSAGES && pending() == 0, Duration.ofSeconds(120));
        Thread.sleep(1500); // anything sent twice would arrive now

        org.slf4j.LoggerFactory.getLogger(getClass()).info("Exactly once: {} messages; {} delivered when instance-a stopped; a sent {}, b sent {}",
                MESSAGES, deliveredWhenStopped, transport.byWorker.get("instance-a"), transport.byWorker.get("instance-b"));
        assertThat(deliveredWhenStopped).isLessThan(MESSAGES);
        assertThat(transport.byKey).hasSize(MESSAGES);
        assertThat(transport.byKey.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(transport.byWorker.get("instance-a").get()).isPositive();
        assertThat(transport.byWorker.get("instance-b").get()).isPositive();
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization).and(OUTBOX_MESSAGE.STATUS.eq("SENT"))))
                .isEqualTo(MESSAGES);
    }

    @Test
    void runningTheExecutionOfADeliveredMessageAgainSendsNothing() throws Exception {
        CountingTransport transport = new CountingTransport();
        OutboxDelivery delivery = delivery(transport, "instance-a");
        UUID id = write(0);

        assertThat(delivery.deliver(id)).isEqualTo(new OutboxDelivery.Outcome.Finished(Status.SENT));
        assertThat(delivery.deliver(id)).isEqualTo(new OutboxDelivery.Outcome.Finished(Status.SENT));
        assertThat(delivery(transport, "instance-b").deliver(id)).isEqualTo(new OutboxDelivery.Outcome.Finished(Status.SENT));

        assertThat(transport.total()).isEqualTo(1);
    }

    @Test
    void aFailingTransportIsRetriedWithGrowingWaitsAndTheMessageDiesAfterTheLastAttempt() {
        Transport failing = new Transport() {
            @Override
            public Channel channel() {
                return Channel.MAIL;
            }

            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public void send(QueuedMessage message) throws Failure {
                throw Failure.transientFailure("421 try again later", null);
            }
        };
        var properties = new NotifyProperties(null, 3, Duration.ofSeconds(10), Duration.ofHours(1), null, null, null, null, null);
        OutboxDelivery delivery = new OutboxDelivery(outbox, List.of(failing), properties, Clock.systemUTC(), "instance-a");
        UUID id = write(0);

        var firstRetry = (OutboxDelivery.Outcome.RetryAt) delivery.deliver(id);
        var secondRetry = (OutboxDelivery.Outcome.RetryAt) delivery.deliver(id);
        var last = delivery.deliver(id);

        Instant now = Instant.now();
        assertThat(Duration.between(now, firstRetry.at())).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
        assertThat(Duration.between(now, secondRetry.at())).isBetween(Duration.ofSeconds(18), Duration.ofSeconds(23));
        assertThat(last).isEqualTo(new OutboxDelivery.Outcome.Finished(Status.DEAD));
        var dead = outbox.find(id).orElseThrow();
        assertThat(dead.status()).isEqualTo(Status.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).contains("421 try again later").contains("gave up after 3 attempts");
    }

    private OutboxDelivery delivery(Transport transport, String worker) {
        return new OutboxDelivery(outbox, List.of(transport), NotifyProperties.defaults(), Clock.systemUTC(), worker);
    }

    private Scheduler scheduler(CustomTask<Void> task, String name) {
        Scheduler scheduler = Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(8)
                .pollingInterval(Duration.ofMillis(200))
                .heartbeatInterval(Duration.ofSeconds(1))
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        schedulers.add(scheduler);
        return scheduler;
    }

    private void enqueue(CustomTask<Void> task, int count) {
        SchedulerClient client = SchedulerClient.Builder.create(dataSource, task).build();
        List<TaskInstance<?>> executions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            executions.add(task.instance(write(i).toString()));
        }
        client.scheduleBatch(executions, Instant.now());
    }

    private UUID write(int i) {
        UUID id = Ids.next();
        assertThat(outbox.insert(QueuedMessage.draft(id, organization, "exactly-once:" + i, Channel.MAIL, "RATING_REQUEST", null, null,
                "person-" + i + "@test.example", "Message " + i, "Body " + i, null, Status.PENDING, Instant.now()))).isTrue();
        return id;
    }

    private int pending() {
        return dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.ORGANIZATION_ID.eq(organization).and(OUTBOX_MESSAGE.STATUS.ne("SENT")));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Stands in for SMTP: counts what it was handed per unique key and per instance, slowly enough to stop mid-run. */
    static final class CountingTransport implements Transport {

        final Map<String, AtomicInteger> byKey = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> byWorker = new ConcurrentHashMap<>();

        @Override
        public Channel channel() {
            return Channel.MAIL;
        }

        @Override
        public boolean ready() {
            return true;
        }

        @Override
        public void send(QueuedMessage message) {
            byKey.computeIfAbsent(message.uniqueKey(), k -> new AtomicInteger()).incrementAndGet();
            byWorker.computeIfAbsent(message.claimedBy(), k -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        int total() {
            return byKey.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }
}
