package org.tandem.people.signin;

import static org.tandem.db.Tables.SIGN_IN_BUCKET;
import static org.tandem.db.Tables.SIGN_IN_LOCK;

import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AuditLog;

/**
 * Decides whether a password sign-in may even be tried, and counts the failures: per account (a lock that
 * grows with each repeat) and per client address (a slowdown across accounts). Counts live in the database
 * so every instance agrees. Failures are counted by the email typed, known or not, so a locked account and
 * an unknown email look the same from outside.
 */
@Service
public class SignInGuard {

    /** Why and for how long a sign-in is refused before the password is even looked at. */
    public record Refusal(Duration retryAfter) {

        public long seconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        public long minutes() {
            return Math.max(1, (seconds() + 59) / 60);
        }
    }

    private static final Duration STRIKES_FORGOTTEN_AFTER = Duration.ofDays(1);

    private final DSLContext dsl;
    private final Clock clock;
    private final SignInSettings settings;
    private final DatabaseBuckets buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perAddress;

    SignInGuard(DSLContext dsl, Clock clock, SignInSettings settings) {
        this.dsl = dsl;
        this.clock = clock;
        this.settings = settings;
        this.buckets = new DatabaseBuckets(dsl, clock);
        this.perAccount = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(settings.maxFailures()).refillGreedy(settings.maxFailures(), settings.window()))
                .build();
        this.perAddress = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(settings.addressMaxFailures()).refillGreedy(settings.addressMaxFailures(), settings.window()))
                .build();
    }

    /** Present when the account is locked or the address has failed too often: then no password is checked at all. */
    public Optional<Refusal> refusal(String email, String address) {
        Instant now = clock.instant();
        Optional<Refusal> locked = dsl.select(SIGN_IN_LOCK.LOCKED_UNTIL).from(SIGN_IN_LOCK)
                .where(SIGN_IN_LOCK.ACCOUNT_KEY.eq(accountKey(email)))
                .fetchOptional(SIGN_IN_LOCK.LOCKED_UNTIL)
                .map(until -> Duration.between(now, until))
                .filter(left -> left.isPositive())
                .map(Refusal::new);
        if (locked.isPresent() || address == null || !buckets.exists(addressKey(address))) {
            return locked;
        }
        var bucket = buckets.getProxy(addressKey(address), () -> perAddress);
        if (bucket.getAvailableTokens() >= 1) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill())));
    }

    /** Counts a wrong password; answers whether this failure locked the account. */
    @Transactional
    public boolean failed(String email, String address) {
        if (address != null) {
            buckets.getProxy(addressKey(address), () -> perAddress).tryConsume(1);
        }
        var probe = buckets.getProxy(bucketKey(email), () -> perAccount).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed() && probe.getRemainingTokens() > 0) {
            return false;
        }
        buckets.removeProxy(bucketKey(email));
        return lock(email);
    }

    /** A right password forgets the account's earlier failures (not its lock history). */
    public void succeeded(String email) {
        buckets.removeProxy(bucketKey(email));
    }

    /** For the login form: says "locked" rather than "wrong password" once the failure that locked it is counted. */
    public AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String email = request.getParameter("username");
            var refusal = email == null ? Optional.<Refusal>empty() : refusal(email, AuditLog.clientAddress(request));
            response.sendRedirect(request.getContextPath() + refusal.map(r -> "/login?locked=" + r.minutes()).orElse("/login?error"));
        };
    }

    /**
     * Forgets what no longer counts, so the tables do not grow with every address that ever failed: buckets past
     * their expiry, and locks that have ended and whose strikes are forgotten. Run by the retention purge.
     */
    public int forgetExpired() {
        Instant now = clock.instant();
        int buckets = dsl.deleteFrom(SIGN_IN_BUCKET).where(SIGN_IN_BUCKET.EXPIRES_AT.lt(now)).execute();
        int locks = dsl.deleteFrom(SIGN_IN_LOCK)
                .where(SIGN_IN_LOCK.LOCKED_UNTIL.lt(now))
                .and(SIGN_IN_LOCK.LAST_LOCK_AT.lt(now.minus(STRIKES_FORGOTTEN_AFTER)))
                .execute();
        return buckets + locks;
    }

    /** The filter to put before the password is checked (form login and HTTP Basic). */
    public Filter guardFilter() {
        return new SignInGuardFilter(this);
    }

    private boolean lock(String email) {
        Instant now = clock.instant();
        var existing = dsl.selectFrom(SIGN_IN_LOCK).where(SIGN_IN_LOCK.ACCOUNT_KEY.eq(accountKey(email))).forUpdate().fetchOptional();
        if (existing.isPresent() && existing.get().getLockedUntil().isAfter(now)) {
            return false;
        }
        int strikes = existing.filter(r -> r.getLastLockAt().plus(STRIKES_FORGOTTEN_AFTER).isAfter(now))
                .map(r -> r.getStrikes() + 1).orElse(1);
        var until = now.plus(settings.lockPeriod(strikes));
        dsl.insertInto(SIGN_IN_LOCK)
                .set(SIGN_IN_LOCK.ACCOUNT_KEY, accountKey(email))
                .set(SIGN_IN_LOCK.LOCKED_UNTIL, until)
                .set(SIGN_IN_LOCK.STRIKES, strikes)
                .set(SIGN_IN_LOCK.LAST_LOCK_AT, now)
                .onConflict(SIGN_IN_LOCK.ACCOUNT_KEY)
                .doUpdate()
                .set(SIGN_IN_LOCK.LOCKED_UNTIL, until)
                .set(SIGN_IN_LOCK.STRIKES, strikes)
                .set(SIGN_IN_LOCK.LAST_LOCK_AT, now)
                .execute();
        return true;
    }

    static String accountKey(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return normalized.length() > 320 ? normalized.substring(0, 320) : normalized;
    }

    private static String bucketKey(String email) {
        return "account:" + accountKey(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
