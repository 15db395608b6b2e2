package org.tandem.notify;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tandem.support.TestDatabase;
import org.tandem.support.TestPasswords;

/**
 * The whole application with its scheduler running, a real SMTP server (GreenMail) as its mail host,
 * webhooks allowed to reach this machine, the cadence planner polling every second, and test reminder and calendar
 * sources (beside the check-in feature's real ones). Every notify test that
 * needs delivery shares this one context, so the PostgreSQL suite has exactly one scheduler delivering. On
 * PostgreSQL it works in a schema of its own, so its scheduler never touches rows of the other context's tests
 * (it would send their held mail, plan their pairs' cadences).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "db-scheduler.enabled=true",
        "tandem.webhooks.allow-private-addresses=true",
        "tandem.notify.retry-base=1s",
        "tandem.notify.reminder-scan=1s",
        "tandem.notify.sweep=1s",
        "tandem.notify.lease=5s",
        "tandem.cadence.poll=1s",
        TestDatabase.SCHEMA + "=scheduled"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestPasswords.class, TestMailServer.class})
@Import(TestSources.class)
@ResourceLock("tandem.scheduled-context")
public @interface NotifyIntegrationTest {
}
