package org.tandem.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.SecretTokens;

/**
 * Personal access tokens: 256 random bits shown once, stored as a SHA-256 hash (a slow hash is not needed
 * for a secret with this much entropy, and lookups must stay fast on every API call).
 */
@Service
class ApiTokens {

    static final String PREFIX = "tdm_";
    static final java.time.Period DEFAULT_LIFETIME = java.time.Period.ofDays(90);
    static final java.time.Period MAX_LIFETIME = java.time.Period.ofYears(1);
    /** How finely {@code last_used_at} is kept: a token's use is recorded at most once in this interval. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final AuditLog audit;

    ApiTokens(ApiTokenRepository tokens, Clock clock, AuditLog audit) {
        this.tokens = tokens;
        this.clock = clock;
        this.audit = audit;
    }

    record Created(UUID id, String name, String token, LocalDate expiresOn) {
    }

    @Transactional
    Created create(Actor owner, String name, LocalDate expiresOn) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "is required and at most 100 characters");
        }
        LocalDate today = LocalDate.now(clock.withZone(owner.timeZone()));
        if (expiresOn != null && !expiresOn.isAfter(today)) {
            throw new InvalidInputException("expiresOn", "must be in the future");
        }
        if (expiresOn != null && expiresOn.isAfter(today.plus(MAX_LIFETIME))) {
            throw new InvalidInputException("expiresOn", "must be at most a year from today (" + today.plus(MAX_LIFETIME) + ")");
        }
        if (expiresOn == null) {
            expiresOn = today.plus(DEFAULT_LIFETIME);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = Ids.next();
        tokens.insert(owner, id, name.trim(), hash(token), expiresOn, clock.instant());
        audit.record(owner, AuditAction.TOKEN_CREATED, AuditTarget.of("TOKEN", id),
                java.util.Map.of("name", name.trim(), "owner", owner.personId().toString(), "expiresOn", expiresOn.toString()));
        return new Created(id, name.trim(), token, expiresOn);
    }

    List<ApiToken> list(Actor owner) {
        return tokens.listFor(owner.organizationId(), owner.personId());
    }

    @Transactional
    void revoke(Actor owner, UUID id) {
        revoke(owner, owner.personId(), id);
    }

    /** An admin's view of anyone's tokens in their organization: names and dates, never a secret. */
    List<ApiToken> listOf(Actor admin, PersonId person) {
        return tokens.listFor(admin.organizationId(), person);
    }

    /** Revokes {@code person}'s token; from the next request on it is refused. */
    @Transactional
    void revoke(Actor actor, PersonId person, UUID id) {
        if (!tokens.revoke(actor.organizationId(), person, id, clock.instant())) {
            throw new NotFoundException("Token", id);
        }
        audit.record(actor, AuditAction.TOKEN_REVOKED, AuditTarget.of("TOKEN", id), java.util.Map.of("owner", person.toString()));
    }

    /**
     * Checks a bearer token on every API call without a transaction: one read finds the live token with its owner
     * and roles. {@code last_used_at} is kept to the hour, so only the first call in an hour writes (one short
     * conditional UPDATE, no lock held for the request); every other call writes nothing.
     */
    Optional<TandemUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findLive(hash(token), LocalDate.now(clock)).map(found -> {
            Instant staleBefore = now.minus(LAST_USED_RESOLUTION);
            if (found.lastUsedAt() == null || found.lastUsedAt().isBefore(staleBefore)) {
                tokens.touchIfStale(found.id(), now, staleBefore);
            }
            return TandemUserDetailsService.toUser(found.owner(), found.roles());
        });
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
