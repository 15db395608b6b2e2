package org.tandem.people.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.people.Actor;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditEntry;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;

/** The audit log for admins: who did what to whom, when and from where; never a secret or anyone's words. */
@RestController
@Tag(name = "Audit")
class AuditApiController {

    static final String AUDIT = "/api/v1/audit";

    private final AuditQuery audit;

    AuditApiController(AuditQuery audit) {
        this.audit = audit;
    }

    @GetMapping(AUDIT)
    @Operation(summary = "The organization's audit log, newest first (admin)")
    Page<AuditEntry> list(Actor actor, @RequestParam(required = false) UUID actorId, @RequestParam(required = false) UUID targetId,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        requireAdmin(actor);
        var filter = new AuditQuery.Filter(actorId, targetId, null, action(action), instant("from", from), instant("to", to));
        return audit.find(actor.organizationId(), filter, PageRequest.of(limit, cursor));
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new NotAllowedException("Only admins read the audit log");
        }
    }

    static AuditAction action(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "must be one of " + Arrays.stream(AuditAction.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 instant such as 2027-03-01T09:00:00Z");
        }
    }
}
