package org.tandem.people;

import static org.tandem.db.Tables.AUDIT_ENTRY;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.shared.Ids;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit log, in the caller's transaction when there is one, so an action and its entry are
 * stored together or not at all. The client address is the current request's (behind a proxy, the forwarded
 * one, see {@code server.forward-headers-strategy}).
 *
 * <p>Callers pass short facts as details (roles before and after, a token's name, a count), never a secret
 * (password, token, link) or text a person wrote: the log is read by admins, who must not read pairs'
 * conversations through it.
 */
@Service
public class AuditLog {

    static final int MAX_DETAIL_LENGTH = 200;

    private final DSLContext dsl;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(DSLContext dsl, JsonMapper json, Clock clock) {
        this.dsl = dsl;
        this.json = json;
        this.clock = clock;
    }

    /** Records what {@code actor} did; {@code actor} may be null for actions nobody signed in took (a failed sign-in). */
    @Transactional
    public void record(OrganizationId organization, PersonId actor, AuditAction action, AuditTarget target, Map<String, String> details) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ID, Ids.next())
                .set(AUDIT_ENTRY.ORGANIZATION_ID, organization.value())
                .set(AUDIT_ENTRY.AT, clock.instant())
                .set(AUDIT_ENTRY.ACTOR_ID, actor == null ? null : actor.value())
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.TARGET_TYPE, target.type())
                .set(AUDIT_ENTRY.TARGET_ID, target.id())
                .set(AUDIT_ENTRY.IP, clientAddress().orElse(null))
                .set(AUDIT_ENTRY.DETAILS, json.writeValueAsString(bounded(details)))
                .execute();
    }

    public void record(Actor actor, AuditAction action, AuditTarget target, Map<String, String> details) {
        record(actor.organizationId(), actor.personId(), action, target, details);
    }

    public void record(Actor actor, AuditAction action, AuditTarget target) {
        record(actor, action, target, Map.of());
    }

    private static Map<String, String> bounded(Map<String, String> details) {
        Map<String, String> copy = new LinkedHashMap<>();
        details.forEach((key, value) -> copy.put(key,
                value == null || value.length() <= MAX_DETAIL_LENGTH ? value : value.substring(0, MAX_DETAIL_LENGTH) + "…"));
        return copy;
    }

    /**
     * The address of the client of the request being served, if any (behind a trusted proxy, the forwarded one, see
     * {@code server.forward-headers-strategy}); empty outside a request, e.g. in a scheduled job.
     */
    public static Optional<String> clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest()).map(AuditLog::clientAddress)
                : Optional.empty();
    }

    /**
     * The request's client address when it reads as an IP address, else {@value #UNREADABLE_ADDRESS}: a proxy may
     * forward anything in {@code X-Forwarded-For}, and what is logged or counted by address must stay short and true.
     */
    public static String clientAddress(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address != null && IP_LITERAL.matcher(address).matches() ? address : UNREADABLE_ADDRESS;
    }

    public static final String UNREADABLE_ADDRESS = "unreadable";
    private static final java.util.regex.Pattern IP_LITERAL = java.util.regex.Pattern.compile("[0-9A-Fa-f:.]{2,45}");
}
