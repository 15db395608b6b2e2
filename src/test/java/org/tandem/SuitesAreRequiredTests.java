package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tandem.support.Browser;

/**
 * With {@code -Dtandem.e2e.required=true} (as CI runs), a machine without PostgreSQL settings or without
 * Chromium fails the build instead of quietly skipping those suites.
 */
@EnabledIfSystemProperty(named = "tandem.e2e.required", matches = "true")
class SuitesAreRequiredTests {

    @Test
    void thePostgresqlSuiteIsConfigured() {
        assertThat(System.getenv("TANDEM_TEST_PG_URL")).as("TANDEM_TEST_PG_URL").isNotBlank();
    }

    @Test
    void chromiumAndItsDriverAreInstalled() {
        assertThat(Browser.available()).as("/usr/bin/chromium and /usr/bin/chromedriver").isTrue();
    }
}
