package org.tandem.notify;

import static org.tandem.db.Tables.CALENDAR_FEED;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;

/** Owns every SQL statement about calendar feed tokens. */
@Repository
class CalendarRepository {

    private final DSLContext dsl;

    CalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> tokenOf(UUID organization, UUID person) {
        return dsl.select(CALENDAR_FEED.TOKEN).from(CALENDAR_FEED)
                .where(CALENDAR_FEED.ORGANIZATION_ID.eq(organization)).and(CALENDAR_FEED.PERSON_ID.eq(person))
                .fetchOptional(CALENDAR_FEED.TOKEN);
    }

    /** The one lookup not scoped by organization: a calendar app knows only the token. */
    Optional<Record2<UUID, UUID>> ownerOf(String token) {
        return dsl.select(CALENDAR_FEED.ORGANIZATION_ID, CALENDAR_FEED.PERSON_ID).from(CALENDAR_FEED)
                .where(CALENDAR_FEED.TOKEN.eq(token))
                .fetchOptional();
    }

    void replace(UUID organization, UUID person, String token, Instant now) {
        dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.ORGANIZATION_ID.eq(organization)).and(CALENDAR_FEED.PERSON_ID.eq(person)).execute();
        dsl.insertInto(CALENDAR_FEED)
                .set(CALENDAR_FEED.PERSON_ID, person)
                .set(CALENDAR_FEED.ORGANIZATION_ID, organization)
                .set(CALENDAR_FEED.TOKEN, token)
                .set(CALENDAR_FEED.CREATED_AT, now)
                .execute();
    }

    void erase(UUID organization, UUID person) {
        dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.ORGANIZATION_ID.eq(organization)).and(CALENDAR_FEED.PERSON_ID.eq(person)).execute();
    }
}
