package org.tandem.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How every secret token (API tokens, guest links, one-time account links) is stored: the hex SHA-256 of the
 * token. The tokens carry 256 random bits, so a slow hash would add nothing; only the hash reaches the database.
 */
public final class SecretTokens {

    private SecretTokens() {
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
