package org.tandem.support;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at its database: a private in-memory H2 in PostgreSQL mode by default, or the
 * real PostgreSQL named by {@code TANDEM_TEST_PG_URL} when the suite runs with {@code -Dtandem.test.db=postgres}.
 * Tests isolate themselves by creating their own organization, so one database serves a whole run.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

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
            properties = Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", env("TANDEM_TEST_PG_USER", "postgres"),
                    "spring.datasource.password", env("TANDEM_TEST_PG_PASSWORD", ""));
        } else {
            properties = Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:tandem-" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tandem-test-database", properties));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
