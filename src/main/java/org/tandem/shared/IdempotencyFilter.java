package org.tandem.shared;

import static org.tandem.db.Tables.IDEMPOTENT_REQUEST;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tandem.db.tables.records.IdempotentRequestRecord;

/**
 * Honours {@code Idempotency-Key} on creating POSTs of the API: the first successful answer is kept for 24
 * hours per caller and key, and a retry with the same body gets that answer again instead of creating twice.
 * The same key with another body is refused (422), because it is a client bug, not a retry.
 * <p>
 * The key is claimed before the request runs, so two copies of one request racing each other never both
 * create: the second is told the first is still in progress (409) and may retry. A request that fails
 * releases its claim. An answer marked {@code Cache-Control: no-store} carries a secret shown once (a token,
 * a guest link): only the fact that it succeeded is kept, and a replay says so (409) instead of showing the
 * secret again.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Duration KEPT_FOR = Duration.ofHours(24);
    /** The status of a claim whose request is still running. */
    private static final int IN_PROGRESS = 0;
    private static final int MAX_BODY = 1_000_000;

    private final DSLContext dsl;
    private final Clock clock;

    IdempotencyFilter(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CallerIdentity caller)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 200) {
            refuse(response, 400, "Idempotency-Key must be 1 to 200 characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = sha256(request.getRequestURI(), body);
        Instant now = clock.instant();
        var claim = new Claim(caller, key);
        if (!claim.take(hash, now)) {
            replay(claim, hash, now, response);
            return;
        }
        var cachedResponse = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReplayableRequest(request, body), cachedResponse);
        } catch (IOException | ServletException | RuntimeException failed) {
            claim.release();
            throw failed;
        }
        int status = cachedResponse.getStatus();
        byte[] answerBody = cachedResponse.getContentAsByteArray();
        String cacheControl = cachedResponse.getHeader(HttpHeaders.CACHE_CONTROL);
        boolean secret = cacheControl != null && cacheControl.contains("no-store");
        if (status >= 200 && status < 300 && answerBody.length <= MAX_BODY) {
            claim.record(status, cachedResponse.getHeader(HttpHeaders.LOCATION), secret ? null : answerBody);
        } else {
            claim.release();
        }
        cachedResponse.copyBodyToResponse();
    }

    private void replay(Claim claim, String hash, Instant now, HttpServletResponse response) throws IOException {
        var answer = claim.find(now);
        if (answer.isEmpty()) {
            refuse(response, 409, "A request with this Idempotency-Key has just finished; please retry");
            return;
        }
        var first = answer.get();
        if (!first.getRequestHash().equals(hash)) {
            refuse(response, 422, "This Idempotency-Key was already used with a different request");
            return;
        }
        if (first.getStatus() == IN_PROGRESS) {
            refuse(response, 409, "A request with this Idempotency-Key is still in progress; retry in a moment");
            return;
        }
        response.setHeader(HEADER, claim.key);
        if (first.getLocation() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.getLocation());
        }
        if (first.getBody() == null) {
            refuse(response, 409, "The request with this Idempotency-Key already succeeded, and its answer held a secret that "
                    + "is shown only once; find what it created at its Location");
            return;
        }
        response.setStatus(first.getStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(first.getBody().getBytes(StandardCharsets.UTF_8));
    }

    /** One caller's key: taken before the request runs, then either recorded with its answer or released. */
    private final class Claim {

        private final CallerIdentity caller;
        private final String key;

        Claim(CallerIdentity caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        /** Takes the key, clearing an expired use of it first; false when a live use already holds it. */
        boolean take(String hash, Instant now) {
            dsl.deleteFrom(IDEMPOTENT_REQUEST).where(ofThisKey()).and(IDEMPOTENT_REQUEST.CREATED_AT.le(now.minus(KEPT_FOR))).execute();
            try {
                dsl.insertInto(IDEMPOTENT_REQUEST)
                        .set(IDEMPOTENT_REQUEST.ORGANIZATION_ID, caller.organizationId())
                        .set(IDEMPOTENT_REQUEST.PERSON_ID, caller.personId())
                        .set(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY, key)
                        .set(IDEMPOTENT_REQUEST.REQUEST_HASH, hash)
                        .set(IDEMPOTENT_REQUEST.STATUS, IN_PROGRESS)
                        .set(IDEMPOTENT_REQUEST.CREATED_AT, now)
                        .execute();
                return true;
            } catch (DuplicateKeyException | IntegrityConstraintViolationException taken) {
                return false;
            }
        }

        Optional<IdempotentRequestRecord> find(Instant now) {
            return dsl.selectFrom(IDEMPOTENT_REQUEST).where(ofThisKey()).and(IDEMPOTENT_REQUEST.CREATED_AT.gt(now.minus(KEPT_FOR)))
                    .fetchOptional();
        }

        void record(int status, String location, byte[] body) {
            dsl.update(IDEMPOTENT_REQUEST)
                    .set(IDEMPOTENT_REQUEST.STATUS, status)
                    .set(IDEMPOTENT_REQUEST.LOCATION, location)
                    .set(IDEMPOTENT_REQUEST.BODY, body == null ? null : new String(body, StandardCharsets.UTF_8))
                    .where(ofThisKey())
                    .execute();
        }

        void release() {
            dsl.deleteFrom(IDEMPOTENT_REQUEST).where(ofThisKey()).and(IDEMPOTENT_REQUEST.STATUS.eq(IN_PROGRESS)).execute();
        }

        private Condition ofThisKey() {
            return IDEMPOTENT_REQUEST.ORGANIZATION_ID.eq(caller.organizationId())
                    .and(IDEMPOTENT_REQUEST.PERSON_ID.eq(caller.personId()))
                    .and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key));
        }
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/problems/idempotency\",\"title\":\"Idempotency-Key refused\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\"}");
    }

    private static String sha256(String uri, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(uri.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
