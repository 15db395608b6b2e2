package org.tandem.shared;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every service gets time from; in front of everything the limit of requests in flight, the 503 for an
 * unreachable database and the body size limit; the check that an API write's client accepts JSON, and the API
 * filters that run after authentication.
 */
@Configuration(proxyBeanMethods = false)
class WebInfrastructure {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @org.springframework.beans.factory.annotation.Value("${tandem.max-request-size:1MB}") org.springframework.util.unit.DataSize limit) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Outside everything: a request past the instance's limit costs nothing but its 503 (decision 0101). */
    @Bean
    FilterRegistrationBean<RequestsInFlight> requestsInFlight(@org.springframework.beans.factory.annotation.Value("${tandem.max-requests-in-flight}") int limit,
            MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new RequestsInFlight(limit, meters));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before the size limit and everything else: a database that cannot be reached is a 503 wherever it is noticed. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailable> databaseUnavailable() {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailable());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AcceptCheck> acceptCheck() {
        var registration = new FilterRegistrationBean<>(new AcceptCheck());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(DSLContext dsl, Clock clock) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(dsl, clock));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
