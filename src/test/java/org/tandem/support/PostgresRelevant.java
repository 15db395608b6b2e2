package org.tandem.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class whose outcome could differ on PostgreSQL, so the PostgreSQL suite runs it a second time there
 * (the JUnit tag {@value #TAG}; the {@code postgres-suite} profile runs only this tag). Every class runs on H2.
 *
 * <p>Mark a class when what it checks lives in the database: its own SQL (every {@code *RepositoryTests} class,
 * which {@code SuiteShapeTests} enforces), figures the database adds up, locks, claims and upserts, a scheduler
 * running against the database, time windows computed in a query, or the only run of a feature's queries (see
 * {@code target/sql-sites/} after a build). Access rules, validation, pages and documents stay on H2: they run
 * the same code whatever the database. docs/decisions/0073-test-suite-shape.md argues the rule.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(PostgresRelevant.TAG)
public @interface PostgresRelevant {

    /** The JUnit tag the PostgreSQL suite selects. */
    String TAG = "postgres";
}
