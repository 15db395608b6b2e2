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
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on creating POSTs of the API: the first successful answer is kept for 24
 * hours per caller and key, and a retry with the same body gets that answer again instead of creating twice.
 * The same key with another body is refused (422), because it is a client bug, not a retry.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Duration KEPT_FOR = Duration.ofHours(24);
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
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var previous = dsl.selectFrom(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.ORGANIZATION_ID.eq(caller.organizationId()))
                .and(IDEMPOTENT_REQUEST.PERSON_ID.eq(caller.personId()))
                .and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key))
                .and(IDEMPOTENT_REQUEST.CREATED_AT.gt(now.minus(KEPT_FOR)))
                .fetchOptional();
        if (previous.isPresent()) {
            var answer = previous.get();
            if (!answer.getRequestHash().equals(hash)) {
                refuse(response, 422, "This Idempotency-Key was already used with a different request");
                return;
            }
            response.setStatus(answer.getStatus());
            response.setHeader(HEADER, key);
            if (answer.getLocation() != null) {
                response.setHeader(HttpHeaders.LOCATION, answer.getLocation());
            }
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(answer.getBody() == null ? new byte[0] : answer.getBody().getBytes(StandardCharsets.UTF_8));
            return;
        }
        var cachedRequest = new ReplayableRequest(request, body);
        var cachedResponse = new ContentCachingResponseWrapper(response);
        chain.doFilter(cachedRequest, cachedResponse);
        int status = cachedResponse.getStatus();
        byte[] answerBody = cachedResponse.getContentAsByteArray();
        if (status >= 200 && status < 300 && answerBody.length <= MAX_BODY) {
            remember(caller, key, hash, status, cachedResponse.getHeader(HttpHeaders.LOCATION), answerBody, now);
        }
        cachedResponse.copyBodyToResponse();
    }

    private void remember(CallerIdentity caller, String key, String hash, int status, String location, byte[] body, OffsetDateTime now) {
        dsl.deleteFrom(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.ORGANIZATION_ID.eq(caller.organizationId()))
                .and(IDEMPOTENT_REQUEST.PERSON_ID.eq(caller.personId()))
                .and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key))
                .and(IDEMPOTENT_REQUEST.CREATED_AT.le(now.minus(KEPT_FOR)))
                .execute();
        try {
            dsl.insertInto(IDEMPOTENT_REQUEST)
                    .set(IDEMPOTENT_REQUEST.ORGANIZATION_ID, caller.organizationId())
                    .set(IDEMPOTENT_REQUEST.PERSON_ID, caller.personId())
                    .set(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY, key)
                    .set(IDEMPOTENT_REQUEST.REQUEST_HASH, hash)
                    .set(IDEMPOTENT_REQUEST.STATUS, status)
                    .set(IDEMPOTENT_REQUEST.LOCATION, location)
                    .set(IDEMPOTENT_REQUEST.BODY, new String(body, StandardCharsets.UTF_8))
                    .set(IDEMPOTENT_REQUEST.CREATED_AT, now)
                    .execute();
        } catch (IntegrityConstraintViolationException raced) {
            // Two retries raced; the first one recorded wins and both created the same answer shape.
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
