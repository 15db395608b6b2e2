package org.tandem.people.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.AUDIT_ENTRY;
import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.CHECK_IN_NOTE;
import static org.tandem.db.Tables.IDEMPOTENT_REQUEST;
import static org.tandem.db.Tables.MENTORSHIP;
import static org.tandem.db.Tables.OUTBOX_MESSAGE;
import static org.tandem.db.Tables.PERSON;
import static org.tandem.db.Tables.PROGRAM;
import static org.tandem.db.Tables.SIGN_IN_BUCKET;
import static org.tandem.db.Tables.SIGN_IN_LOCK;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.OrganizationId;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * The retention purge from the outside: what is older than its period goes (or loses its words), what is younger
 * stays, every purge is in the audit log with its counts, and the admin reads the policy on its page.
 */
@IntegrationTest
@PostgresRelevant
class RetentionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    RetentionPurge purge;

    World world;
    UUID org;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        org = world.organization().id().value();
    }

    @Test
    void signInCountersThatNoLongerCountAreForgottenWhileLiveOnesStay() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String tag = UUID.randomUUID().toString();
        dsl.insertInto(SIGN_IN_BUCKET).set(SIGN_IN_BUCKET.BUCKET_KEY, "expired-" + tag).set(SIGN_IN_BUCKET.STATE, "x")
                .set(SIGN_IN_BUCKET.EXPIRES_AT, now.minusMinutes(1).toInstant()).execute();
        dsl.insertInto(SIGN_IN_BUCKET).set(SIGN_IN_BUCKET.BUCKET_KEY, "live-" + tag).set(SIGN_IN_BUCKET.STATE, "x")
                .set(SIGN_IN_BUCKET.EXPIRES_AT, now.plusMinutes(10).toInstant()).execute();
        dsl.insertInto(SIGN_IN_LOCK).set(SIGN_IN_LOCK.ACCOUNT_KEY, "old-" + tag).set(SIGN_IN_LOCK.STRIKES, 1)
                .set(SIGN_IN_LOCK.LOCKED_UNTIL, now.minusDays(2).toInstant()).set(SIGN_IN_LOCK.LAST_LOCK_AT, now.minusDays(2).toInstant()).execute();
        dsl.insertInto(SIGN_IN_LOCK).set(SIGN_IN_LOCK.ACCOUNT_KEY, "ended-but-remembered-" + tag).set(SIGN_IN_LOCK.STRIKES, 1)
                .set(SIGN_IN_LOCK.LOCKED_UNTIL, now.minusMinutes(5).toInstant()).set(SIGN_IN_LOCK.LAST_LOCK_AT, now.minusHours(1).toInstant()).execute();

        purge.run();

        assertThat(dsl.fetchExists(SIGN_IN_BUCKET, SIGN_IN_BUCKET.BUCKET_KEY.eq("expired-" + tag))).isFalse();
        assertThat(dsl.fetchExists(SIGN_IN_BUCKET, SIGN_IN_BUCKET.BUCKET_KEY.eq("live-" + tag))).isTrue();
        assertThat(dsl.fetchExists(SIGN_IN_LOCK, SIGN_IN_LOCK.ACCOUNT_KEY.eq("old-" + tag))).isFalse();
        assertThat(dsl.fetchExists(SIGN_IN_LOCK, SIGN_IN_LOCK.ACCOUNT_KEY.eq("ended-but-remembered-" + tag)))
                .as("its strikes still make the next lock longer").isTrue();
    }

    @Test
    void sentMailBodiesAndOldOutboxRowsArePurgedWhileRecentOnesStay() {
        UUID oldBody = mail("SENT", daysAgo(40), daysAgo(40), "Old words about the pair");
        UUID freshBody = mail("SENT", daysAgo(2), daysAgo(2), "Recent words about the pair");
        UUID pending = mail("PENDING", daysAgo(40), null, "Still waiting to go");
        UUID ancient = mail("SENT", daysAgo(400), daysAgo(400), "Long gone");

        var counts = purge.purge(new OrganizationId(org));

        assertThat(body(oldBody)).isEqualTo(RetentionPurge.REMOVED_TEXT);
        assertThat(body(freshBody)).isEqualTo("Recent words about the pair");
        assertThat(body(pending)).as("not sent yet: it still has to go").isEqualTo("Still waiting to go");
        assertThat(dsl.fetchExists(OUTBOX_MESSAGE, OUTBOX_MESSAGE.ID.eq(ancient))).isFalse();
        assertThat(counts.get(RetentionKind.SENT_MAIL_BODIES)).isEqualTo(1);
        assertThat(counts.get(RetentionKind.OUTBOX_ROWS)).isEqualTo(1);
        assertThat(purge.purge(new OrganizationId(org)).get(RetentionKind.SENT_MAIL_BODIES)).as("nothing purged twice").isZero();
    }

    @Test
    void checkInWordsOfAnEndedMentorshipGoAfterTheirPeriodButNotThoseOfAnOngoingOne() {
        UUID endedCheckIn = completedCheckInWithNote(world.mentorship().id().value(), daysAgo(800), "Ended pair's old note");
        UUID ongoingCheckIn = completedCheckInWithNote(world.otherMentorship().id().value(), daysAgo(800), "Ongoing pair's old note");
        dsl.update(MENTORSHIP).set(MENTORSHIP.STATUS, "ENDED").where(MENTORSHIP.ID.eq(world.mentorship().id().value())).execute();

        var counts = purge.purge(new OrganizationId(org));

        assertThat(note(endedCheckIn)).isEqualTo(RetentionPurge.REMOVED_TEXT);
        assertThat(note(ongoingCheckIn)).isEqualTo("Ongoing pair's old note");
        assertThat(counts.get(RetentionKind.ENDED_MENTORSHIP_CONTENT)).isEqualTo(1);
        assertThat(dsl.fetchExists(CHECK_IN, CHECK_IN.ID.eq(endedCheckIn))).as("the check-in itself is counted still").isTrue();
    }

    @Test
    void oldAuditEntriesIdempotencyRecordsAndLongDeactivatedAccountsArePurged() {
        UUID oldEntry = UUID.randomUUID();
        dsl.insertInto(AUDIT_ENTRY).set(AUDIT_ENTRY.ID, oldEntry).set(AUDIT_ENTRY.ORGANIZATION_ID, org).set(AUDIT_ENTRY.AT, daysAgo(800).toInstant())
                .set(AUDIT_ENTRY.ACTION, "SIGN_IN").set(AUDIT_ENTRY.DETAILS, "{}").execute();
        dsl.insertInto(IDEMPOTENT_REQUEST).set(IDEMPOTENT_REQUEST.ORGANIZATION_ID, org).set(IDEMPOTENT_REQUEST.PERSON_ID, world.mentor().id().value())
                .set(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY, "old-key").set(IDEMPOTENT_REQUEST.REQUEST_HASH, "h").set(IDEMPOTENT_REQUEST.STATUS, 201)
                .set(IDEMPOTENT_REQUEST.CREATED_AT, daysAgo(5).toInstant()).execute();
        dsl.update(PERSON).set(PERSON.ACTIVE, false).set(PERSON.DEACTIVATED_AT, daysAgo(400).toInstant())
                .where(PERSON.ID.eq(world.otherMentee().id().value())).execute();
        dsl.update(PERSON).set(PERSON.ACTIVE, false).set(PERSON.DEACTIVATED_AT, daysAgo(10).toInstant())
                .where(PERSON.ID.eq(world.idleLead().id().value())).execute();

        var counts = purge.purge(new OrganizationId(org));

        assertThat(dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ID.eq(oldEntry))).isFalse();
        assertThat(dsl.fetchExists(IDEMPOTENT_REQUEST, IDEMPOTENT_REQUEST.ORGANIZATION_ID.eq(org))).isFalse();
        assertThat(name(world.otherMentee().id().value())).isEqualTo(PersonData.FORMER_MEMBER);
        assertThat(name(world.idleLead().id().value())).as("deactivated recently: kept").isEqualTo(world.idleLead().displayName());
        assertThat(counts.get(RetentionKind.DEACTIVATED_ACCOUNTS)).isEqualTo(1);
        assertThat(dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ORGANIZATION_ID.eq(org).and(AUDIT_ENTRY.ACTION.eq("PERSON_ERASED"))
                .and(AUDIT_ENTRY.TARGET_ID.eq(world.otherMentee().id().value())))).isTrue();
    }

    @Test
    void everyPurgeIsAuditedWithItsCountsAndTheAdminSeesThePolicyAndTheLastRun() {
        mail("SENT", daysAgo(40), daysAgo(40), "Old words");
        purge.purge(new OrganizationId(org));

        var entry = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ORGANIZATION_ID.eq(org)).and(AUDIT_ENTRY.ACTION.eq("RETENTION_PURGED")).fetchOne();
        assertThat(entry.getActorId()).isNull();
        assertThat(entry.getDetails()).contains("\"SENT_MAIL_BODIES\":\"1\"", "\"AUDIT_ENTRIES\":\"0\"");

        var page = PageClient.at(port).withBasic(world.admin().email()).get(RetentionController.PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bodies of sent mails", "30 days", "tandem.retention.sent-mail-bodies", "1 cleared", "Last purge")
                .contains("href=\"" + RetentionController.PAGE + "\"");
    }

    @Test
    void onlyAnAdminSeesTheRetentionPage() {
        for (var person : java.util.List.of(world.lead(), world.mentor(), world.mentee())) {
            var page = PageClient.at(port).withBasic(person.email()).get(RetentionController.PAGE);
            assertThat(page.status()).as(person.displayName()).isEqualTo(403);
            assertThat(page.body()).doesNotContain("tandem.retention.sent-mail-bodies");
        }
        assertThat(Api.at(port).get(RetentionController.PAGE).status()).isIn(302, 401);
    }

    private UUID mail(String status, OffsetDateTime createdAt, OffsetDateTime sentAt, String body) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.ID, id).set(OUTBOX_MESSAGE.ORGANIZATION_ID, org)
                .set(OUTBOX_MESSAGE.UNIQUE_KEY, "retention-" + id).set(OUTBOX_MESSAGE.CHANNEL, "EMAIL").set(OUTBOX_MESSAGE.KIND, "TEST")
                .set(OUTBOX_MESSAGE.PERSON_ID, world.mentee().id().value()).set(OUTBOX_MESSAGE.RECIPIENT, world.mentee().email())
                .set(OUTBOX_MESSAGE.SUBJECT, "A test mail").set(OUTBOX_MESSAGE.BODY_TEXT, body).set(OUTBOX_MESSAGE.STATUS, status)
                .set(OUTBOX_MESSAGE.ATTEMPTS, 0).set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, createdAt.plusYears(5).toInstant()).set(OUTBOX_MESSAGE.CREATED_AT, createdAt.toInstant())
                .set(OUTBOX_MESSAGE.SENT_AT, sentAt == null ? null : sentAt.toInstant()).execute();
        return id;
    }

    /** A completed check-in long ago with one PAIR note, written straight to the tables (the clock cannot go back). */
    private UUID completedCheckInWithNote(UUID mentorship, OffsetDateTime at, String text) {
        var pair = dsl.selectFrom(MENTORSHIP).where(MENTORSHIP.ID.eq(mentorship)).fetchOne();
        var playbook = dsl.select(PROGRAM.PLAYBOOK_ID).from(PROGRAM)
                .where(PROGRAM.ID.eq(pair.getProgramId())).fetchOne().value1();
        UUID id = UUID.randomUUID();
        dsl.insertInto(CHECK_IN).set(CHECK_IN.ID, id).set(CHECK_IN.ORGANIZATION_ID, org).set(CHECK_IN.MENTORSHIP_ID, mentorship)
                .set(CHECK_IN.MENTOR_ID, pair.getMentorId()).set(CHECK_IN.MENTEE_ID, pair.getMenteeId()).set(CHECK_IN.PLAYBOOK_ID, playbook)
                .set(CHECK_IN.PLAYBOOK_NUMBER, 1).set(CHECK_IN.SCHEDULED_AT, at.toInstant()).set(CHECK_IN.DURATION_MINUTES, 45)
                .set(CHECK_IN.STATUS, "COMPLETED").set(CHECK_IN.COMPLETED_AT, at.toInstant()).set(CHECK_IN.CREATED_AT, at.toInstant()).set(CHECK_IN.VERSION, 0L).execute();
        dsl.insertInto(CHECK_IN_NOTE).set(CHECK_IN_NOTE.ID, UUID.randomUUID()).set(CHECK_IN_NOTE.ORGANIZATION_ID, org)
                .set(CHECK_IN_NOTE.CHECK_IN_ID, id).set(CHECK_IN_NOTE.AUTHOR_ID, pair.getMenteeId()).set(CHECK_IN_NOTE.VISIBILITY, "PAIR")
                .set(CHECK_IN_NOTE.TEXT, text).set(CHECK_IN_NOTE.WRITTEN_AT, at.toInstant()).set(CHECK_IN_NOTE.UPDATED_AT, at.toInstant())
                .set(CHECK_IN_NOTE.VERSION, 0L).execute();
        return id;
    }

    private String body(UUID mail) {
        return dsl.select(OUTBOX_MESSAGE.BODY_TEXT).from(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ID.eq(mail)).fetchOne().value1();
    }

    private String note(UUID checkIn) {
        return dsl.select(CHECK_IN_NOTE.TEXT).from(CHECK_IN_NOTE).where(CHECK_IN_NOTE.CHECK_IN_ID.eq(checkIn)).fetchOne().value1();
    }

    private String name(UUID person) {
        return dsl.select(PERSON.DISPLAY_NAME).from(PERSON).where(PERSON.ID.eq(person)).fetchOne().value1();
    }

    private static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.ofInstant(Instant.now().minus(Duration.ofDays(days)), ZoneOffset.UTC);
    }
}
