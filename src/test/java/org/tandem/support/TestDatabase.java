package org.tandem.support;

import java.util.Map;
import java.util.UUID;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at its database: a private in-memory H2 in PostgreSQL mode by default, or the
 * real PostgreSQL named by {@code TANDEM_TEST_PG_URL} when the suite runs with {@code -Dtandem.test.db=postgres}.
 * Tests isolate themselves by creating their own organization, so one database serves a whole run.
 *
 * <p>On PostgreSQL every application context gets its own schema, named by {@value #SCHEMA} (default
 * {@code public}), as each gets its own H2 database. Otherwise a context whose scheduler runs — it sweeps held
 * mail out once SMTP is configured, plans cadences, marks check-ins missed — would act on rows another
 * context's tests are still looking at.
 *
 * <p>Every context also records where its SQL comes from ({@link SqlSites}).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The property naming the PostgreSQL schema a test context works in. */
    public static final String SCHEMA = "tandem.test.schema";

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("tandem.test.db"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties;
        if (postgres()) {
            String url = System.getenv("TANDEM_TEST_PG_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("The PostgreSQL suite needs TANDEM_TEST_PG_URL (and TANDEM_TEST_PG_USER/PASSWORD)");
            }
            String schema = context.getEnvironment().getProperty(SCHEMA, "public");
            properties = Map.of(
                    "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "spring.datasource.username", env("TANDEM_TEST_PG_USER", "postgres"),
                    "spring.datasource.password", env("TANDEM_TEST_PG_PASSWORD", ""),
                    "spring.flyway.schemas", schema,
                    // The suite keeps up to 32 contexts alive and PostgreSQL allows 100 connections: a cached context
                    // that holds Hikari's default ten idle connections starved later ones (a LISTEN connection was
                    // refused with "too many clients", 2026-12-07). Idle contexts give their connections back.
                    "spring.datasource.hikari.minimum-idle", "1",
                    "spring.datasource.hikari.idle-timeout", "10000");
        } else {
            properties = Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:tandem-" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tandem-test-database", properties));
        context.getBeanFactory().registerSingleton("tandemTestSqlSites", new DefaultExecuteListenerProvider(SqlSites.instance()));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
