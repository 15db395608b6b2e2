package org.tandem.people.passkey;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code tandem.security.admins-need-passkey=true}: an admin who signed in with a password only (the login form,
 * or HTTP Basic on pages or the API) reaches nothing but the passkey pages until they have also used a passkey; the
 * API answers 401 and points to personal access tokens. Single sign-on is not asked: the organization's provider
 * decides its own factors (decision 0072). A servlet filter right after Spring Security's chains, so one rule covers
 * every chain.
 */
final class AdminPasskeyRequirement extends OncePerRequestFilter {

    /** What an admin still needs before the confirmation: their passkeys, the ceremonies, signing out, the frame's files. */
    private static final List<String> OPEN = List.of(PasskeyController.PASSKEYS, "/webauthn/", "/login", "/logout", "/css/", "/js/",
            "/img/", "/webjars/", "/favicon", "/error");

    static boolean needsPasskey(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return authorities.contains("ROLE_ADMIN")
                && authorities.contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                && !authorities.contains(FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.stream().anyMatch(path::startsWith) || !needsPasskey(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"/problems/passkey-required\",\"title\":\"Passkey required\",\"status\":401,"
                    + "\"detail\":\"Your organization asks admins for a passkey: call the API with a personal access token instead of a password\"}");
            return;
        }
        String target = request.getContextPath() + PasskeyController.CONFIRM;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }
}
