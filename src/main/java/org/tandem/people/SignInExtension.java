package org.tandem.people;

import java.util.Optional;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way of signing in besides the password that a sub-feature adds (single sign-on, passkeys): its part of the
 * pages' security chain and, if any, its button on the login page. A plain interface rather than a
 * {@code Customizer<HttpSecurity>} bean, which Spring Security would apply to the API chains as well.
 */
public interface SignInExtension {

    /**
     * Adds to the pages' chain. Runs before {@code SecurityConfig}'s own rules, so request rules added here
     * come before its closing "any other request needs a signed-in person".
     */
    void configure(HttpSecurity http) throws Exception;

    /** What the login page offers for this way of signing in, if anything. */
    default Optional<LoginOption> loginOption() {
        return Optional.empty();
    }

    /**
     * A button on the login page: a link ({@code href}) that works without JavaScript, or a button with the
     * {@code id} that our own {@code script} (a static file: the pages' CSP forbids inline scripts) brings to life.
     */
    record LoginOption(String label, String href, String id, String script) {

        public static LoginOption link(String label, String href) {
            return new LoginOption(label, href, null, null);
        }

        public static LoginOption scripted(String label, String id, String script) {
            return new LoginOption(label, null, id, script);
        }

        public boolean isLink() {
            return href != null;
        }
    }
}
