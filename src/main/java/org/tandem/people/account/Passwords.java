package org.tandem.people.account;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The application's password encoder (decision 0074). */
public final class Passwords {

    private Passwords() {
    }

    /**
     * Writes {@code {bcrypt-sha256}} hashes, which take passwords of any length, and still reads the {@code {bcrypt}}
     * hashes written before; a password bcrypt cannot read (over 72 bytes) simply does not match an old hash,
     * instead of failing the sign-in with an error.
     */
    public static PasswordEncoder encoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(BcryptSha256PasswordEncoder.ID, new BcryptSha256PasswordEncoder());
        encoders.put("bcrypt", new ShortOnly(new BCryptPasswordEncoder()));
        return new DelegatingPasswordEncoder(BcryptSha256PasswordEncoder.ID, encoders);
    }

    /** bcrypt for the hashes of old, refusing (not throwing on) what it cannot read. */
    private record ShortOnly(PasswordEncoder bcrypt) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > 72) {
                return false;
            }
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
