package org.tandem.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The one way Tandem says "not now": 503 with {@code Retry-After}, a problem for the API and a short page that tries
 * again by itself for people. Used when the database cannot be reached and when the instance is at its limit of
 * requests in flight.
 */
final class Unavailable {

    private Unavailable() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, int retryAfterSeconds, String message) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        response.setCharacterEncoding("UTF-8");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!request.getRequestURI().startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Briefly unavailable · Tandem</title>"
                    + "<meta http-equiv=\"refresh\" content=\"" + Math.max(retryAfterSeconds, 3) * 2 + "\"></head><body><main><h1>Briefly unavailable</h1><p>"
                    + message + "</p></main></body></html>");
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"/problems/unavailable\",\"title\":\"Briefly unavailable\",\"status\":503,\"detail\":\""
                    + message + "\"}");
        }
    }
}
