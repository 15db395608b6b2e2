package org.tandem.live;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of a check-in's live log: what kind of thing changed, in which part of the page and which item, who
 * changed it and when. {@code onlyFor} names the one person who may learn of it (their private note); everyone
 * else's stream skips it.
 */
record LiveEvent(UUID checkInId, long position, String kind, String part, String item, UUID changedBy, UUID onlyFor,
                 Instant occurredAt) {

    static final String STATUS = "status.changed";
    static final String SECTION = "section.changed";
    static final String ITEM = "item.changed";
    static final String PART = "part.changed";
    static final String NOTE = "note.changed";
    /** Not logged: who of the pair has the check-in open. */
    static final String PRESENCE = "presence";
    /** Not logged: the log no longer holds what the reader missed; the page loads everything again. */
    static final String RESET = "reset";

    boolean visibleTo(UUID reader) {
        return onlyFor == null || onlyFor.equals(reader);
    }

    /** The event's {@code data}: ids and a position, never content. */
    Map<String, Object> data(Map<UUID, String> names) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("checkInId", checkInId.toString());
        data.put("version", position);
        if (changedBy != null) {
            data.put("by", changedBy.toString());
            data.put("byName", names.getOrDefault(changedBy, ""));
        }
        if (part != null) {
            data.put("part", part);
        }
        if (item != null) {
            data.put("item", item);
        }
        data.put("at", occurredAt.toString());
        return data;
    }
}
