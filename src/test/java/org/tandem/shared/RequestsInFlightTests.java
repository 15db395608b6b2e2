package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Past its limit of requests in flight an instance answers 503 at once; the health check and live streams pass. */
class RequestsInFlightTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RequestsInFlight filter = new RequestsInFlight(2, meters);
    private final AtomicInteger served = new AtomicInteger();

    /** A request that, while it is being worked on, lets {@code inside} run (more requests arriving meanwhile). */
    private MockHttpServletResponse call(String path, FilterChain inside) throws ServletException, IOException {
        var response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, (req, res) -> {
            served.incrementAndGet();
            inside.doFilter(req, res);
        });
        return response;
    }

    private static final FilterChain NOTHING = (req, res) -> { };

    @Test
    void aRequestPastTheLimitGets503WithRetryAfterAndNeverReachesTheApplication() throws Exception {
        MockHttpServletResponse[] third = new MockHttpServletResponse[1];

        var first = call("/api/v1/mentorships", (a, b) -> call("/", (c, d) -> third[0] = call("/api/v1/goals/x/measurements", NOTHING)));

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(served).as("the first two were served, the third was not").hasValue(2);
        assertThat(third[0].getStatus()).isEqualTo(503);
        assertThat(third[0].getHeader("Retry-After")).isEqualTo("1");
        assertThat(third[0].getContentType()).startsWith("application/problem+json");
        assertThat(third[0].getContentAsString()).contains("\"status\":503").contains("try again in a second");
        assertThat(meters.get("tandem.requests.refused").counter().count()).isEqualTo(1.0);
    }

    @Test
    void aPersonPastTheLimitGetsAShortPageThatTriesAgainByItself() throws Exception {
        var refused = new MockHttpServletResponse();
        call("/", (a, b) -> call("/", (c, d) -> {
            var request = new MockHttpServletRequest("GET", "/check-ins/01a2");
            request.addHeader("Accept", "text/html,application/xhtml+xml");
            filter.doFilter(request, refused, NOTHING);
        }));

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString()).contains("Briefly unavailable").contains("http-equiv=\"refresh\"");
    }

    @Test
    void theHealthCheckAndTheOpeningOfALiveStreamAreNeverRefused() throws Exception {
        int[] statuses = new int[4];
        call("/", (a, b) -> call("/", (c, d) -> {
            statuses[0] = call("/actuator/health", NOTHING).getStatus();
            statuses[1] = call("/actuator/health/readiness", NOTHING).getStatus();
            statuses[2] = call("/check-ins/01a2/events", NOTHING).getStatus();
            statuses[3] = call("/api/v1/check-ins/01a2/events", NOTHING).getStatus();
        }));

        assertThat(statuses).containsOnly(200);
        assertThat(meters.get("tandem.requests.refused").counter().count()).isZero();
    }

    @Test
    void aPermitIsGivenBackWhenTheRequestEndsEvenWhenItFailed() throws Exception {
        assertThatThrownBy(() -> call("/", (a, b) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        call("/", NOTHING);

        assertThat(filter.inFlight()).isZero();
        assertThat(call("/", (a, b) -> call("/", NOTHING)).getStatus()).as("both permits are free again").isEqualTo(200);
        assertThat(served).hasValue(4);
    }

    @Test
    void aLimitBelowOneIsRefusedAtStartWithTheSettingsName() {
        assertThatThrownBy(() -> new RequestsInFlight(0, meters)).hasMessageContaining("tandem.max-requests-in-flight");
    }
}
