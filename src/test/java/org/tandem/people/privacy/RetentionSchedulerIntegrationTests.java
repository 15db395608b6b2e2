package org.tandem.people.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tandem.db.Tables.AUDIT_ENTRY;
import static org.tandem.db.Tables.SCHEDULED_TASKS;

import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tandem.support.TestDatabase;
import org.tandem.support.World;

/**
 * The purge really runs through db-scheduler (STACK.md: a wrong starter runs nothing, silently): with the scheduler
 * on and a one-second period, a fresh organization gets its RETENTION_PURGED entry without anyone calling the job.
 * Its own PostgreSQL schema keeps its scheduler away from other contexts' rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "db-scheduler.enabled=true",
        "tandem.retention.run-every=1s",
        TestDatabase.SCHEMA + "=retention"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class RetentionSchedulerIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Test
    void theSchedulerRunsThePurgeForEveryOrganization() {
        World world = World.create(context);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(dsl.fetchExists(AUDIT_ENTRY,
                AUDIT_ENTRY.ORGANIZATION_ID.eq(world.organization().id().value()).and(AUDIT_ENTRY.ACTION.eq("RETENTION_PURGED")))).isTrue());
        assertThat(dsl.fetchExists(SCHEDULED_TASKS, SCHEDULED_TASKS.TASK_NAME.eq(RetentionConfiguration.TASK)
                .and(SCHEDULED_TASKS.LAST_SUCCESS.isNotNull()))).isTrue();
    }
}
