package org.tandem.notify;

import static org.tandem.db.Tables.NOTIFICATION_PREFERENCE;
import static org.tandem.db.Tables.PERSON;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Owns every SQL statement about notification preferences; only choices that differ from "on" are stored. */
@Repository
class PreferenceRepository {

    private final DSLContext dsl;

    PreferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<NotificationKind, Boolean> of(UUID organization, UUID person) {
        Map<NotificationKind, Boolean> settings = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.choosable()) {
                settings.put(kind, true);
            }
        }
        dsl.select(NOTIFICATION_PREFERENCE.KIND, NOTIFICATION_PREFERENCE.ENABLED).from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.ORGANIZATION_ID.eq(organization)).and(NOTIFICATION_PREFERENCE.PERSON_ID.eq(person))
                .forEach(r -> known(r.value1()).filter(NotificationKind::choosable).ifPresent(kind -> settings.put(kind, r.value2())));
        return settings;
    }

    boolean enabled(UUID organization, UUID person, NotificationKind kind) {
        return dsl.select(NOTIFICATION_PREFERENCE.ENABLED).from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.ORGANIZATION_ID.eq(organization)).and(NOTIFICATION_PREFERENCE.PERSON_ID.eq(person))
                .and(NOTIFICATION_PREFERENCE.KIND.eq(kind.name()))
                .fetchOptional(NOTIFICATION_PREFERENCE.ENABLED).orElse(true);
    }

    void set(UUID organization, UUID person, NotificationKind kind, boolean enabled) {
        dsl.deleteFrom(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.ORGANIZATION_ID.eq(organization)).and(NOTIFICATION_PREFERENCE.PERSON_ID.eq(person))
                .and(NOTIFICATION_PREFERENCE.KIND.eq(kind.name()))
                .execute();
        if (!enabled) {
            dsl.insertInto(NOTIFICATION_PREFERENCE)
                    .set(NOTIFICATION_PREFERENCE.PERSON_ID, person)
                    .set(NOTIFICATION_PREFERENCE.ORGANIZATION_ID, organization)
                    .set(NOTIFICATION_PREFERENCE.KIND, kind.name())
                    .set(NOTIFICATION_PREFERENCE.ENABLED, false)
                    .execute();
        }
    }

    /**
     * Active people who have not switched the digest off, a page at a time in id order. It reads the people
     * feature's table (read-only, two columns) because no service lists people across organizations.
     */
    java.util.List<org.jooq.Record2<UUID, UUID>> digestRecipients(UUID after, int limit) {
        return dsl.select(PERSON.ORGANIZATION_ID, PERSON.ID).from(PERSON)
                .where(PERSON.ACTIVE.isTrue())
                .and(after == null ? org.jooq.impl.DSL.noCondition() : PERSON.ID.gt(after))
                .andNotExists(dsl.selectOne().from(NOTIFICATION_PREFERENCE)
                        .where(NOTIFICATION_PREFERENCE.PERSON_ID.eq(PERSON.ID))
                        .and(NOTIFICATION_PREFERENCE.KIND.eq(NotificationKind.WEEKLY_DIGEST.name()))
                        .and(NOTIFICATION_PREFERENCE.ENABLED.isFalse()))
                .orderBy(PERSON.ID)
                .limit(limit)
                .fetch();
    }

    void erase(UUID organization, UUID person) {
        dsl.deleteFrom(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.ORGANIZATION_ID.eq(organization)).and(NOTIFICATION_PREFERENCE.PERSON_ID.eq(person))
                .execute();
    }

    private static java.util.Optional<NotificationKind> known(String name) {
        try {
            return java.util.Optional.of(NotificationKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
