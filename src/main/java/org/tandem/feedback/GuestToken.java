package org.tandem.feedback;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.tandem.people.OrganizationId;
import org.tandem.shared.SecretTokens;

/**
 * The secret in a guest link: {@code gst_} and, base64url-encoded, the organization's id followed by 256 random
 * bits. Only its SHA-256 is stored (a slow hash adds nothing to a secret with this much entropy). The
 * organization id is not secret; it is there so even the guest lookup is scoped by the tenant's
 * distribution key (docs/decisions/0004), like every other query. Public because celebrations invite
 * stakeholders with the same kind of link.
 */
public final class GuestToken {

    public static final String PREFIX = "gst_";
    private static final int SECRET_BYTES = 32;
    private static final int ENCODED_LENGTH = PREFIX.length() + (16 + SECRET_BYTES) * 4 / 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GuestToken() {
    }

    public record Issued(String token, String hash) {
    }

    public record Parsed(OrganizationId organization, String hash) {
    }

    public static Issued issue(OrganizationId organization) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        ByteBuffer bytes = ByteBuffer.allocate(16 + SECRET_BYTES)
                .putLong(organization.value().getMostSignificantBits())
                .putLong(organization.value().getLeastSignificantBits())
                .put(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        return new Issued(token, hash(token));
    }

    /** Anything that is not a token this class issued is simply no token: the caller answers "not found". */
    public static Optional<Parsed> parse(String token) {
        if (token == null || token.length() != ENCODED_LENGTH || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())));
            var organization = new OrganizationId(new UUID(bytes.getLong(), bytes.getLong()));
            return Optional.of(new Parsed(organization, hash(token)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
