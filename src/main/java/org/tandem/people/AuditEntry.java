package org.tandem.people;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of the audit log, as read back by admins. */
public record AuditEntry(UUID id, Instant at, UUID actorId, AuditAction action, String targetType, UUID targetId,
                         String ip, Map<String, String> details) {

    public AuditEntry {
        details = Map.copyOf(details);
    }
}
