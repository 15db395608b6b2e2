package org.tandem.people.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.people.AuditLog;

/**
 * Runs before any password is checked: a locked account or a throttled address is refused without looking
 * at the password, so even the right one gets the same answer until the period is over. The login form is
 * sent back to the login page, which says so; HTTP Basic gets 429 with {@code Retry-After}.
 */
final class SignInGuardFilter extends OncePerRequestFilter {

    private final SignInGuard guard;

    SignInGuardFilter(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
        String email = form ? request.getParameter("username") : basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        var refusal = email == null ? java.util.Optional.<SignInGuard.Refusal>empty() : guard.refusal(email, AuditLog.clientAddress(request));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?locked=" + refusal.get().minutes());
            return;
        }
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.get().seconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/problems/sign-in-paused\",\"title\":\"Too many failed sign-ins\",\"status\":429,"
                + "\"detail\":\"Password sign-in is paused after too many failed attempts; try again in "
                + refusal.get().seconds() + " seconds or use a personal access token\"}");
    }

    /** The user name of an {@code Authorization: Basic} header, or null when there is none or it is malformed. */
    static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
