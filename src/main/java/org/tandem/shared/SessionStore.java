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
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /** H2's upsert; {@code %TABLE_NAME%} is replaced by Spring Session with the configured table name. */
    static final String H2_CREATE_SESSION_ATTRIBUTE_QUERY = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if ("H2".equalsIgnoreCase(product)) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE_QUERY);
        }
        return repository -> { };
    }
}
