/**
 * The live check-in: what changes in a check-in reaches the pair's open pages within a second, on every instance of
 * Tandem. Each change is appended to a short per-check-in log in the database (positions in commit order), read by
 * server-sent event streams that resume from {@code Last-Event-ID}; PostgreSQL {@code LISTEN/NOTIFY} wakes the
 * streams held by other instances, H2 wakes them in-process. The streams carry what changed (part, item, position,
 * who), never content: the page fetches the part as its reader may see it. Who of the pair has the check-in open is
 * kept per instance in the database (presence). docs/decisions/0088-live-check-in.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "mentorship", "checkin"})
package org.tandem.live;
