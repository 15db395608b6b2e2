package org.tandem.people.signin;

import static org.tandem.db.Tables.SIGN_IN_BUCKET;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;

/**
 * Bucket4j buckets kept in our own table, so every instance counts into the same buckets. Bucket4j does
 * the arithmetic; this class only reads a bucket's state (its binary form, as Base64 text) and swaps it with a compare-and-set UPDATE (or an
 * insert that loses to a concurrent one), which Bucket4j retries on a lost race. Plain SQL that runs the
 * same on H2 and PostgreSQL; time comes from the application's clock (decision 0075).
 */
final class DatabaseBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    /** A bucket untouched for this long is full again anyway and may be swept. */
    static final Duration KEEP = Duration.ofDays(2);

    private final DSLContext dsl;
    private final Clock clock;

    DatabaseBuckets(DSLContext dsl, Clock clock) {
        super(ClientSideConfig.getDefault().withClientClock(new ClockMeter(clock)));
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return dsl.select(SIGN_IN_BUCKET.STATE).from(SIGN_IN_BUCKET).where(SIGN_IN_BUCKET.BUCKET_KEY.eq(key))
                        .fetchOptional(SIGN_IN_BUCKET.STATE).map(Base64.getDecoder()::decode);
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state, Optional<Long> timeoutNanos) {
                var expiresAt = clock.instant().plus(KEEP);
                if (original == null) {
                    return dsl.insertInto(SIGN_IN_BUCKET)
                            .set(SIGN_IN_BUCKET.BUCKET_KEY, key)
                            .set(SIGN_IN_BUCKET.STATE, Base64.getEncoder().encodeToString(updated))
                            .set(SIGN_IN_BUCKET.EXPIRES_AT, expiresAt)
                            .onConflictDoNothing()
                            .execute() == 1;
                }
                return dsl.update(SIGN_IN_BUCKET)
                        .set(SIGN_IN_BUCKET.STATE, Base64.getEncoder().encodeToString(updated))
                        .set(SIGN_IN_BUCKET.EXPIRES_AT, expiresAt)
                        .where(SIGN_IN_BUCKET.BUCKET_KEY.eq(key))
                        .and(SIGN_IN_BUCKET.STATE.eq(Base64.getEncoder().encodeToString(original)))
                        .execute() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("Sign-in buckets are used synchronously");
    }

    boolean exists(String key) {
        return dsl.fetchExists(SIGN_IN_BUCKET, SIGN_IN_BUCKET.BUCKET_KEY.eq(key));
    }

    @Override
    public void removeProxy(String key) {
        dsl.deleteFrom(SIGN_IN_BUCKET).where(SIGN_IN_BUCKET.BUCKET_KEY.eq(key)).execute();
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        removeProxy(key);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    /** Lets tests move time for the buckets as for everything else. */
    private record ClockMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
