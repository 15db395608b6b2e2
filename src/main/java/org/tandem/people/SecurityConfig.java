package org.tandem.people;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.tandem.people.account.Passwords;
import org.tandem.people.signin.SignInGuard;

/**
 * Three doors: the stateless API (HTTP Basic or a Bearer token, no session, no CSRF), the operator
 * endpoints, and the pages (form login, CSRF, a session stored in the database).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating: hashes name their algorithm; bcrypt of a SHA-256 today, plain bcrypt hashes still read (decision 0074).
        return Passwords.encoder();
    }

    /**
     * Password sign-in (pages and HTTP Basic). The account's state (deactivated) is checked after its password, not
     * before as Spring Security does by default: otherwise a deactivated account's refusal skips the password check
     * and comes back measurably faster than a wrong password's, which tells an outsider the account exists. A wrong
     * password for it is now simply a wrong password.
     */
    @Bean
    DaoAuthenticationProvider passwordSignIn(UserDetailsService users, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SignInGuard signIn) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response, 401, "unauthorized",
                "Authentication required", "Send HTTP Basic credentials of a local account or 'Authorization: Bearer <token>'");
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, 403, "not-allowed", "Not allowed",
                "Your roles do not allow this");
        return http.securityMatcher("/api/**")
                // the async dispatch that ends a live stream belongs to a request that was already let in (its token
                // is not kept for it): refusing it only logged an error on a response long committed
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll().anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .addFilterBefore(signIn.guardFilter(), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http, ApiTokens tokens, SignInGuard signIn) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response, 401, "unauthorized",
                "Authentication required", "Metrics need an admin's credentials");
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .addFilterBefore(signIn.guardFilter(), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInGuard signIn, ObjectProvider<SignInExtension> signInExtensions) throws Exception {
        // Single sign-on and passkeys, when on: their own classes in people.sso and people.passkey
        for (SignInExtension extension : signInExtensions.orderedStream().toList()) {
            extension.configure(http);
        }
        return http
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                                "/error", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/calendar/**", "/guest/**").permitAll()
                        .requestMatchers("/invitations/*", "/password-reset", "/password-reset/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(signIn.failureHandler()).permitAll())
                .addFilterBefore(signIn.guardFilter(), UsernamePasswordAuthenticationFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Tandem\", Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
