package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that cannot be reached answers 503 with Retry-After, to the API and to people; other failures pass on. */
class DatabaseUnavailableTests {

    private final DatabaseUnavailable filter = new DatabaseUnavailable();

    @Test
    void anApiRequestThatCannotReachTheDatabaseGetsA503ProblemWithRetryAfter() throws Exception {
        var response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/people"), response, (req, res) -> {
            throw new DataAccessResourceFailureException("jOOQ; Connection to 127.0.0.1:5432 refused");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains("try again in a few seconds");
    }

    @Test
    void aPageWhoseTransactionCouldNotStartGetsAShortPageThatTriesAgain() throws Exception {
        var request = new MockHttpServletRequest("GET", "/checkins");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new ServletException("Request processing failed",
                    new CannotCreateTransactionException("Could not open JDBC Connection", new SQLTransientConnectionException("timeout")));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("Briefly unavailable").contains("http-equiv=\"refresh\"");
    }

    @Test
    void theFilterSitsOutsideEveryOtherButTheLimitOfRequestsSoTheTokenCheckIsInsideIt() {
        var web = new WebInfrastructure();

        assertThat(web.databaseUnavailable().getOrder())
                .isGreaterThan(web.requestsInFlight(10, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).getOrder())
                .isLessThan(web.requestSizeLimit(org.springframework.util.unit.DataSize.ofMegabytes(1)).getOrder())
                .isLessThan(web.acceptCheck().getOrder());
    }

    @Test
    void otherFailuresAreNotMistakenForAnUnreachableDatabase() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/people"), new MockHttpServletResponse(),
                (req, res) -> {
                    throw new DataIntegrityViolationException("duplicate key");
                })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(DatabaseUnavailable.unreachable(new IllegalStateException("bug"))).isFalse();
    }
}
