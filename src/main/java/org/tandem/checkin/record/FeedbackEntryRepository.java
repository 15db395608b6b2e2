package org.tandem.checkin.record;

import static org.tandem.db.Tables.FEEDBACK_ENTRY;
import static org.tandem.db.Tables.FEEDBACK_REVISION;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.support.Sql;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Versions;

/**
 * Owns the SQL of feedback given in a check-in: the entries, and the earlier texts an entry's giver replaced
 * (decision 0079). Unlike the rest of the pair's record an entry can change, so it carries a version.
 */
@Repository
public class FeedbackEntryRepository {

    private final DSLContext dsl;

    FeedbackEntryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(OrganizationId organization, FeedbackEntry f) {
        dsl.insertInto(FEEDBACK_ENTRY)
                .set(FEEDBACK_ENTRY.ID, f.id())
                .set(FEEDBACK_ENTRY.ORGANIZATION_ID, organization.value())
                .set(FEEDBACK_ENTRY.CHECK_IN_ID, f.checkInId().value())
                .set(FEEDBACK_ENTRY.GIVER_ID, f.giver().value())
                .set(FEEDBACK_ENTRY.RECEIVER_ID, f.receiver().value())
                .set(FEEDBACK_ENTRY.TEXT, f.text())
                .set(FEEDBACK_ENTRY.SITUATION, f.situation())
                .set(FEEDBACK_ENTRY.BEHAVIOUR, f.behaviour())
                .set(FEEDBACK_ENTRY.IMPACT, f.impact())
                .set(FEEDBACK_ENTRY.NEXT_STEP, f.nextStep())
                .set(FEEDBACK_ENTRY.GIVEN_AT, f.givenAt())
                .set(FEEDBACK_ENTRY.EDITED_AT, f.editedAt())
                .set(FEEDBACK_ENTRY.VERSION, f.version())
                .execute();
    }

    public List<FeedbackEntry> feedback(OrganizationId organization, CheckInId checkIn) {
        return dsl.selectFrom(FEEDBACK_ENTRY)
                .where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_ENTRY.CHECK_IN_ID.eq(checkIn.value()))
                .orderBy(FEEDBACK_ENTRY.GIVEN_AT, FEEDBACK_ENTRY.ID)
                .fetch(FeedbackEntryRepository::toFeedback);
    }

    public Optional<FeedbackEntry> feedbackEntry(OrganizationId organization, CheckInId checkIn, UUID entry) {
        return dsl.selectFrom(FEEDBACK_ENTRY)
                .where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_ENTRY.CHECK_IN_ID.eq(checkIn.value()))
                .and(FEEDBACK_ENTRY.ID.eq(entry))
                .fetchOptional(FeedbackEntryRepository::toFeedback);
    }

    /**
     * Stores an edit: the entry rewritten if it is still at the version it was read at (else someone else edited
     * it first: stale), and the text it replaced as a revision.
     */
    public void revise(OrganizationId organization, FeedbackEntry.Revised revised, long readAt) {
        FeedbackEntry f = revised.entry();
        int updated = dsl.update(FEEDBACK_ENTRY)
                .set(FEEDBACK_ENTRY.TEXT, f.text())
                .set(FEEDBACK_ENTRY.SITUATION, f.situation())
                .set(FEEDBACK_ENTRY.BEHAVIOUR, f.behaviour())
                .set(FEEDBACK_ENTRY.IMPACT, f.impact())
                .set(FEEDBACK_ENTRY.NEXT_STEP, f.nextStep())
                .set(FEEDBACK_ENTRY.EDITED_AT, f.editedAt())
                .set(FEEDBACK_ENTRY.VERSION, f.version())
                .where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_ENTRY.ID.eq(f.id()))
                .and(FEEDBACK_ENTRY.VERSION.eq(readAt))
                .execute();
        Versions.requireWritten(updated, "The feedback", () -> currentVersion(organization, f.id()));
        FeedbackRevision r = revised.earlier();
        dsl.insertInto(FEEDBACK_REVISION)
                .set(FEEDBACK_REVISION.ID, r.id())
                .set(FEEDBACK_REVISION.ORGANIZATION_ID, organization.value())
                .set(FEEDBACK_REVISION.FEEDBACK_ENTRY_ID, r.entryId())
                .set(FEEDBACK_REVISION.CHECK_IN_ID, r.checkInId().value())
                .set(FEEDBACK_REVISION.GIVER_ID, r.giver().value())
                .set(FEEDBACK_REVISION.RECEIVER_ID, r.receiver().value())
                .set(FEEDBACK_REVISION.TEXT, r.text())
                .set(FEEDBACK_REVISION.SITUATION, r.situation())
                .set(FEEDBACK_REVISION.BEHAVIOUR, r.behaviour())
                .set(FEEDBACK_REVISION.IMPACT, r.impact())
                .set(FEEDBACK_REVISION.NEXT_STEP, r.nextStep())
                .set(FEEDBACK_REVISION.WRITTEN_AT, r.writtenAt())
                .set(FEEDBACK_REVISION.REPLACED_AT, r.replacedAt())
                .execute();
    }

    /** Withdraws an entry: it goes, with the texts it replaced, if it is still at the version it was read at. */
    public void withdraw(OrganizationId organization, FeedbackEntry f, long readAt) {
        dsl.deleteFrom(FEEDBACK_REVISION)
                .where(FEEDBACK_REVISION.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_REVISION.FEEDBACK_ENTRY_ID.eq(f.id()))
                .execute();
        int deleted = dsl.deleteFrom(FEEDBACK_ENTRY)
                .where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_ENTRY.ID.eq(f.id()))
                .and(FEEDBACK_ENTRY.VERSION.eq(readAt))
                .execute();
        Versions.requireWritten(deleted, "The feedback", () -> currentVersion(organization, f.id()));
    }

    private long currentVersion(OrganizationId organization, UUID entry) {
        Long version = dsl.select(FEEDBACK_ENTRY.VERSION).from(FEEDBACK_ENTRY)
                .where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_ENTRY.ID.eq(entry))
                .fetchOne(FEEDBACK_ENTRY.VERSION);
        return version == null ? 0 : version;
    }

    /** The earlier texts of the feedback one person gave in a check-in, newest first, by entry. */
    public Map<UUID, List<FeedbackRevision>> revisionsBy(OrganizationId organization, CheckInId checkIn, PersonId giver) {
        return dsl.selectFrom(FEEDBACK_REVISION)
                .where(FEEDBACK_REVISION.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_REVISION.CHECK_IN_ID.eq(checkIn.value()))
                .and(FEEDBACK_REVISION.GIVER_ID.eq(giver.value()))
                .orderBy(FEEDBACK_REVISION.REPLACED_AT.desc(), FEEDBACK_REVISION.ID.desc())
                .fetch(FeedbackEntryRepository::toRevision).stream()
                .collect(Collectors.groupingBy(FeedbackRevision::entryId, Collectors.toList()));
    }

    private static FeedbackRevision toRevision(org.tandem.db.tables.records.FeedbackRevisionRecord r) {
        return new FeedbackRevision(r.getId(), r.getFeedbackEntryId(), new CheckInId(r.getCheckInId()), new PersonId(r.getGiverId()),
                new PersonId(r.getReceiverId()), r.getText(), r.getSituation(), r.getBehaviour(), r.getImpact(), r.getNextStep(),
                r.getWrittenAt(), r.getReplacedAt());
    }

    /** Feedback the person gave or received: both are about them. */
    List<FeedbackEntry> feedbackOf(OrganizationId organization, PersonId person) {
        return dsl.selectFrom(FEEDBACK_ENTRY)
                .where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_ENTRY.GIVER_ID.eq(person.value()).or(FEEDBACK_ENTRY.RECEIVER_ID.eq(person.value())))
                .orderBy(FEEDBACK_ENTRY.ID)
                .fetch(FeedbackEntryRepository::toFeedback);
    }

    private static FeedbackEntry toFeedback(org.tandem.db.tables.records.FeedbackEntryRecord r) {
        return new FeedbackEntry(r.getId(), new CheckInId(r.getCheckInId()), new PersonId(r.getGiverId()), new PersonId(r.getReceiverId()),
                r.getText(), r.getSituation(), r.getBehaviour(), r.getImpact(), r.getNextStep(), r.getGivenAt(),
                r.getEditedAt(), r.getVersion());
    }
}
