package org.tandem.live;

import static org.tandem.db.Tables.LIVE_EVENT;
import static org.tandem.db.Tables.LIVE_LOG_POSITION;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The live log: per check-in, what changed at which position. Positions of one check-in are handed out under the
 * lock of its {@code live_log_position} row, held until the appending transaction ends, so they become visible in
 * order and a stream that read up to position n never later finds one below n.
 */
@Repository
class LiveLog {

    /** The log after a position, up to {@code last}, the last position handed out when it was read. */
    record Replay(List<LiveEvent> events, long last) {
    }

    private final DSLContext dsl;

    LiveLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Must run inside the transaction of the change, so the entry commits with it (or not at all). */
    long append(UUID checkIn, String kind, String part, String item, UUID changedBy, UUID onlyFor, Instant at) {
        dsl.insertInto(LIVE_LOG_POSITION)
                .set(LIVE_LOG_POSITION.CHECK_IN_ID, checkIn)
                .set(LIVE_LOG_POSITION.LAST_POSITION, 1L)
                .onConflict(LIVE_LOG_POSITION.CHECK_IN_ID).doUpdate()
                .set(LIVE_LOG_POSITION.LAST_POSITION, LIVE_LOG_POSITION.LAST_POSITION.plus(1L))
                .execute();
        long position = dsl.select(LIVE_LOG_POSITION.LAST_POSITION).from(LIVE_LOG_POSITION)
                .where(LIVE_LOG_POSITION.CHECK_IN_ID.eq(checkIn)).fetchSingle(LIVE_LOG_POSITION.LAST_POSITION);
        dsl.insertInto(LIVE_EVENT)
                .set(LIVE_EVENT.CHECK_IN_ID, checkIn)
                .set(LIVE_EVENT.POSITION, position)
                .set(LIVE_EVENT.KIND, kind)
                .set(LIVE_EVENT.PART, part)
                .set(LIVE_EVENT.ITEM, item)
                .set(LIVE_EVENT.CHANGED_BY, changedBy)
                .set(LIVE_EVENT.ONLY_FOR, onlyFor)
                .set(LIVE_EVENT.OCCURRED_AT, at)
                .execute();
        return position;
    }

    /** The last position handed out for a check-in (0 before its first change). */
    long last(UUID checkIn) {
        Long last = dsl.select(LIVE_LOG_POSITION.LAST_POSITION).from(LIVE_LOG_POSITION)
                .where(LIVE_LOG_POSITION.CHECK_IN_ID.eq(checkIn)).fetchOne(LIVE_LOG_POSITION.LAST_POSITION);
        return last == null ? 0 : last;
    }

    /**
     * Everything after {@code position} up to the last position committed, oldest first. The last position is read
     * first: every entry up to it has committed, so a missing one was purged, not late.
     */
    Replay after(UUID checkIn, long position) {
        long last = last(checkIn);
        List<LiveEvent> events = dsl.selectFrom(LIVE_EVENT)
                .where(LIVE_EVENT.CHECK_IN_ID.eq(checkIn)).and(LIVE_EVENT.POSITION.gt(position)).and(LIVE_EVENT.POSITION.le(last))
                .orderBy(LIVE_EVENT.POSITION)
                .fetch(LiveLog::event);
        return new Replay(events, last);
    }

    /** Deletes what is older than {@code before}; the positions stay, so a check-in's log never counts again from 1. */
    int purge(Instant before) {
        return dsl.deleteFrom(LIVE_EVENT).where(LIVE_EVENT.OCCURRED_AT.lt(before)).execute();
    }

    private static LiveEvent event(Record r) {
        return new LiveEvent(r.get(LIVE_EVENT.CHECK_IN_ID), r.get(LIVE_EVENT.POSITION), r.get(LIVE_EVENT.KIND), r.get(LIVE_EVENT.PART),
                r.get(LIVE_EVENT.ITEM), r.get(LIVE_EVENT.CHANGED_BY), r.get(LIVE_EVENT.ONLY_FOR), r.get(LIVE_EVENT.OCCURRED_AT));
    }
}
