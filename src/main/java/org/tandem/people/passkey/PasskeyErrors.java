package org.tandem.people.passkey;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.people.passkey.PasskeyRelyingParty.PasskeyRefused;

/**
 * Spring Security's WebAuthn endpoints let a malformed or refused ceremony escape as an exception, which would be a
 * 500. Around them, this answers a 400 problem instead, with our reason when we gave one.
 */
final class PasskeyErrors extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/webauthn/") && !path.equals("/login/webauthn");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw new IllegalStateException(e);
            }
            response.resetBuffer();
            response.setStatus(400);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            String detail = reason(e).replace("\\", "\\\\").replace("\"", "\\\"");
            response.getWriter().write("{\"type\":\"/problems/passkey\",\"title\":\"Passkey not accepted\",\"status\":400,\"detail\":\""
                    + detail + "\"}");
        }
    }

    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PasskeyRefused refused) {
                return refused.getMessage();
            }
        }
        return "The passkey could not be verified. Try again, or use another passkey.";
    }
}
