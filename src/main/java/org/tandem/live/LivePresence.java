package org.tandem.live;

import static org.tandem.db.Tables.LIVE_PRESENCE;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Who has a check-in open, counted per instance: each instance keeps one row per check-in and person with the number
 * of streams it holds for them and refreshes it every heartbeat. Rows of an instance that stopped without saying so
 * lapse ({@link LiveProperties#presenceLapse()}).
 */
@Repository
class LivePresence {

    private final DSLContext dsl;

    LivePresence(DSLContext dsl) {
        this.dsl = dsl;
    }

    void join(UUID organization, UUID checkIn, UUID person, String instance, Instant now) {
        Instant at = now;
        dsl.insertInto(LIVE_PRESENCE)
                .set(LIVE_PRESENCE.CHECK_IN_ID, checkIn)
                .set(LIVE_PRESENCE.PERSON_ID, person)
                .set(LIVE_PRESENCE.INSTANCE_ID, instance)
                .set(LIVE_PRESENCE.ORGANIZATION_ID, organization)
                .set(LIVE_PRESENCE.STREAMS, 1)
                .set(LIVE_PRESENCE.SEEN_AT, at)
                .onConflict(LIVE_PRESENCE.CHECK_IN_ID, LIVE_PRESENCE.PERSON_ID, LIVE_PRESENCE.INSTANCE_ID).doUpdate()
                .set(LIVE_PRESENCE.STREAMS, LIVE_PRESENCE.STREAMS.plus(1))
                .set(LIVE_PRESENCE.SEEN_AT, at)
                .execute();
    }

    void leave(UUID checkIn, UUID person, String instance) {
        dsl.update(LIVE_PRESENCE).set(LIVE_PRESENCE.STREAMS, LIVE_PRESENCE.STREAMS.minus(1))
                .where(LIVE_PRESENCE.CHECK_IN_ID.eq(checkIn)).and(LIVE_PRESENCE.PERSON_ID.eq(person))
                .and(LIVE_PRESENCE.INSTANCE_ID.eq(instance)).execute();
        dsl.deleteFrom(LIVE_PRESENCE).where(LIVE_PRESENCE.CHECK_IN_ID.eq(checkIn)).and(LIVE_PRESENCE.PERSON_ID.eq(person))
                .and(LIVE_PRESENCE.INSTANCE_ID.eq(instance)).and(LIVE_PRESENCE.STREAMS.le(0)).execute();
    }

    /** One statement per heartbeat for all the instance's streams. */
    void refresh(String instance, Instant now) {
        dsl.update(LIVE_PRESENCE).set(LIVE_PRESENCE.SEEN_AT, now)
                .where(LIVE_PRESENCE.INSTANCE_ID.eq(instance)).execute();
    }

    /** The people with the check-in open on any instance that was alive {@code since}. */
    List<UUID> here(UUID checkIn, Instant since) {
        return dsl.selectDistinct(LIVE_PRESENCE.PERSON_ID).from(LIVE_PRESENCE)
                .where(LIVE_PRESENCE.CHECK_IN_ID.eq(checkIn)).and(LIVE_PRESENCE.STREAMS.gt(0))
                .and(LIVE_PRESENCE.SEEN_AT.ge(since))
                .orderBy(LIVE_PRESENCE.PERSON_ID)
                .fetch(LIVE_PRESENCE.PERSON_ID);
    }

    /** An instance that shuts down takes its rows along. */
    void forget(String instance) {
        dsl.deleteFrom(LIVE_PRESENCE).where(LIVE_PRESENCE.INSTANCE_ID.eq(instance)).execute();
    }

    /** Rows of instances that stopped without saying so. */
    int purgeLapsed(Instant before) {
        return dsl.deleteFrom(LIVE_PRESENCE).where(LIVE_PRESENCE.SEEN_AT.lt(before)).execute();
    }
}
