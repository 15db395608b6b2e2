package org.tandem.shared;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Page sessions live in the database. Two requests of one session that each add the same attribute (the
 * CSRF token, which a fresh sign-in clears and the next pages create) would both INSERT it, and the second
 * would fail on the primary key and answer 500. On PostgreSQL — where several instances serve one user —
 * attributes are therefore written as an upsert ({@code ON CONFLICT DO UPDATE}, Spring Session's own
 * customizer). The embedded H2 keeps Spring Session's plain insert: an upsert there lost attributes in our
 * tests (see docs/STATUS.md), so the race remains open on H2.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
class SessionStore {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        return "PostgreSQL".equalsIgnoreCase(product) ? new PostgreSqlJdbcIndexedSessionRepositoryCustomizer() : repository -> { };
    }
}
