package org.tandem.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API write answers in JSON, so a client whose {@code Accept} rules JSON out is told so before anything is
 * written: Spring would only find out while writing the answer, after the change was committed, and answer 406
 * for a change that happened. An {@code Accept} that is no media type at all gets 400. Reads are left to content
 * negotiation (some answer in Markdown, CSV or as an event stream), and they change nothing either way.
 */
class AcceptCheck extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(HttpHeaders.ACCEPT) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "The Accept header is not a list of media types");
            return;
        }
        boolean json = accepted.isEmpty() || accepted.stream().anyMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith));
        if (!json) {
            refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "This operation answers in JSON: accept application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/problems/not-acceptable\",\"title\":\"Cannot answer in a format you accept\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\"}");
    }
}
