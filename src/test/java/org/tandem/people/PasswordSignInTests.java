package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.tandem.people.account.Passwords;

/** Every password sign-in pays for one password check, whatever the account's state: timing tells nothing apart. */
class PasswordSignInTests {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder real = Passwords.encoder();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    };

    private final DaoAuthenticationProvider provider = new SecurityConfig().passwordSignIn(new InMemoryUserDetailsManager(
            User.withUsername("active@tandem.example").password(real.encode("right password")).build(),
            User.withUsername("gone@tandem.example").password(real.encode("right password")).disabled(true).build()), counting);

    private void signIn(String email, String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void aDeactivatedAccountWithAWrongPasswordIsCheckedAndRefusedAsAWrongPassword() {
        assertThatThrownBy(() -> signIn("gone@tandem.example", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aDeactivatedAccountWithItsRightPasswordIsRefusedAsDeactivatedAfterTheCheck() {
        assertThatThrownBy(() -> signIn("gone@tandem.example", "right password")).isInstanceOf(DisabledException.class);
        assertThat(checks).hasValue(1);
    }

    @Test
    void anUnknownEmailAndAnActiveAccountEachCostOneCheckToo() {
        assertThatThrownBy(() -> signIn("nobody@tandem.example", "wrong")).isInstanceOf(BadCredentialsException.class);
        signIn("active@tandem.example", "right password");
        assertThat(checks).hasValue(2);
    }
}
