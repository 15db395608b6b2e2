package org.tandem.people.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt of the password's SHA-256, Base64-encoded: bcrypt reads at most 72 bytes (and Spring's encoder refuses
 * more), while a 128-character password may take up to 512 bytes in UTF-8. The digest is 44 ASCII characters,
 * so every character of a long password counts, bcrypt's cost stays what it was, and no NUL byte reaches bcrypt.
 * Stored as {@code {bcrypt-sha256}...}; hashes written before ({@code {bcrypt}...}) still match through the
 * delegating encoder (decision 0074).
 */
public final class BcryptSha256PasswordEncoder implements PasswordEncoder {

    public static final String ID = "bcrypt-sha256";

    private final BCryptPasswordEncoder bcrypt;

    public BcryptSha256PasswordEncoder() {
        this(10);
    }

    /** With bcrypt's cost factor (log2 of its rounds); hashes of any cost are read alike. */
    public BcryptSha256PasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(digest(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || encodedPassword.isEmpty()) {
            return false;
        }
        return bcrypt.matches(digest(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private static String digest(CharSequence raw) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
