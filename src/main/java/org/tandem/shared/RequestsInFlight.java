package org.tandem.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Bounds the requests one instance works on at once. Requests run on virtual threads and Tomcat keeps thousands of
 * connections open (the live check-in's streams need them), so nothing else stops an instance from accepting more
 * work than it can finish: under a burst it queued every request on the database pool and ran out of heap instead
 * of answering anyone (bench/results/http.md, decision 0101). Past the limit a request is answered at once with
 * 503 and {@code Retry-After: 1}, which costs nothing and keeps the requests already taken fast; clients and load
 * balancers retry. Never refused: the health check, so a busy instance is not mistaken for a dead one, and the
 * opening of a live check-in's stream, because a browser's EventSource gives up for good on a 503 and the page would
 * silently stop being live (an open is one access check and a bounded replay; the stream itself is sent
 * asynchronously and holds no permit).
 */
class RequestsInFlight extends OncePerRequestFilter {

    /** Paths never refused (Spring path patterns; the live paths are the live feature's, written out here). */
    static final List<String> NEVER_REFUSED = List.of("/actuator/health", "/actuator/health/**", "/check-ins/*/events",
            "/api/v1/check-ins/*/events");

    static final String MESSAGE = "Tandem is very busy for a moment, so this did not go through. Please try again in a second.";

    private final List<PathPattern> neverRefused = NEVER_REFUSED.stream().map(PathPatternParser.defaultInstance::parse).toList();
    private final int limit;
    private final Semaphore permits;
    private final Counter refused;

    RequestsInFlight(int limit, MeterRegistry meters) {
        if (limit < 1) {
            throw new IllegalArgumentException("tandem.max-requests-in-flight must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.permits = new Semaphore(limit);
        this.refused = Counter.builder("tandem.requests.refused").description("Requests answered 503 because the instance was at its limit of requests in flight")
                .register(meters);
        meters.gauge("tandem.requests.in-flight", permits, p -> limit - p.availablePermits());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        if (neverRefused.stream().anyMatch(p -> p.matches(path))) {
            chain.doFilter(request, response);
            return;
        }
        if (!permits.tryAcquire()) {
            refused.increment();
            Unavailable.answer(request, response, 1, MESSAGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    int inFlight() {
        return limit - permits.availablePermits();
    }
}
