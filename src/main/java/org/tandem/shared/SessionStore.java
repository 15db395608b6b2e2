package org.tandem.shared;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Page sessions live in the database. Two requests of one session that each add the same attribute (the
 * CSRF token, which a fresh sign-in clears and the next pages create) would both INSERT it, and the second
 * would fail on the primary key and answer 500. Attributes are therefore written as an upsert, the last
 * writer winning as with an update: on PostgreSQL with Spring Session's own customizer
 * ({@code ON CONFLICT DO UPDATE}), on the embedded H2 with H2's {@code MERGE ... KEY}.
 *
 * <p>Spring Session 4 binds the create-attribute statement as (session primary id, attribute name, bytes) —
 * {@code VALUES (?, ?, ?)}. A query in the shape of older versions ({@code SELECT PRIMARY_ID, ?, ? FROM
 * %TABLE_NAME% WHERE SESSION_ID = ?}) receives the parameters in the wrong places and stores nothing, so every
 * new attribute (security context, CSRF token) is lost. This customizer runs after Spring Boot's, which sets
 * the table name and with it resets every query ({@code setTableName} re-prepares them), and must stay so.
 *
 * <p>Every request of a session moves its last-access time, and Spring Session writes the session row for it: a
 * write, a commit flushed to disk and a row lock per page view, on which a session's parallel requests (a page
 * and its htmx parts) queued one behind the other. The row is now written when something else about the
 * session changed (its id after sign-in, its principal, its timeout) or its last access moved by
 * {@link #TOUCH_AFTER_MILLIS} or more; otherwise the statement matches no row and writes nothing. A session may
 * therefore expire up to a minute before its 8 hours of inactivity are over (decision 0101).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /** H2's upsert; {@code %TABLE_NAME%} is replaced by Spring Session with the configured table name. */
    static final String H2_CREATE_SESSION_ATTRIBUTE_QUERY = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    /** How far the last access must move before the session row is written for it alone. */
    static final long TOUCH_AFTER_MILLIS = 60_000;

    /**
     * Spring Session's update, with its parameters in its order (session id, last access, timeout, expiry,
     * principal, primary id), as a {@code MERGE} whose update runs only when it changes something worth a write.
     * Standard SQL that PostgreSQL (15+) and H2 both run.
     */
    static final String UPDATE_SESSION_QUERY = """
            MERGE INTO %TABLE_NAME% S
            USING (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                          CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                          CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            ON S.PRIMARY_ID = V.PRIMARY_ID
            WHEN MATCHED AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                    OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                    OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= TOUCH_AFTER_MILLIS) THEN
                UPDATE SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
            """.replace("TOUCH_AFTER_MILLIS", Long.toString(TOUCH_AFTER_MILLIS));

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionQueries(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return repository -> {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
                repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
            };
        }
        if ("H2".equalsIgnoreCase(product)) {
            return repository -> {
                repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE_QUERY);
                repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
            };
        }
        return repository -> { };
    }
}
