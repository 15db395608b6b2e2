package org.tandem.checkin.record;

import static org.tandem.db.Tables.CHECK_IN_WIN;
import static org.tandem.db.Tables.FEEDBACK_ENTRY;
import static org.tandem.db.Tables.FEEDBACK_REVISION;
import static org.tandem.db.Tables.GROWTH_ANSWER;
import static org.tandem.db.Tables.INTERPRETATION;
import static org.tandem.db.Tables.OBSERVATION;
import static org.tandem.db.Tables.PROMPT_SKIP;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.support.Sql;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Versions;

/**
 * Owns the SQL of what the pair records in a check-in: observations, the interpretation, growth answers and
 * skipped prompts, feedback entries and wins. Apart from the interpretation, these are only ever added, so they
 * need no version.
 */
@Repository
public class CheckInContentRepository {

    private final DSLContext dsl;

    CheckInContentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The interpretation as stored, with its version; version 0 means nobody wrote one yet. */
    public record StoredInterpretation(Interpretation interpretation, long version, PersonId updatedBy, Instant updatedAt) {

        static final StoredInterpretation NONE = new StoredInterpretation(Interpretation.EMPTY, 0, null, null);
    }

    // ---- observations

    public void insert(OrganizationId organization, MentorshipId mentorship, Observation o) {
        dsl.insertInto(OBSERVATION)
                .set(OBSERVATION.ID, o.id())
                .set(OBSERVATION.ORGANIZATION_ID, organization.value())
                .set(OBSERVATION.MENTORSHIP_ID, mentorship.value())
                .set(OBSERVATION.CHECK_IN_ID, o.checkInId().value())
                .set(OBSERVATION.KIND, o.kind().name())
                .set(OBSERVATION.TEXT, o.text())
                .set(OBSERVATION.OBSERVED_ON, o.observedOn())
                .set(OBSERVATION.AUTHOR_ID, o.by().value())
                .set(OBSERVATION.RECORDED_AT, Sql.at(o.recordedAt()))
                .execute();
    }

    /** Observations of the mentorship recorded after {@code since} and no later than {@code until}. */
    public List<Observation> observations(OrganizationId organization, MentorshipId mentorship, Instant since, Instant until) {
        return dsl.selectFrom(OBSERVATION)
                .where(OBSERVATION.ORGANIZATION_ID.eq(organization.value()))
                .and(OBSERVATION.MENTORSHIP_ID.eq(mentorship.value()))
                .and(OBSERVATION.RECORDED_AT.gt(Sql.at(since)))
                .and(OBSERVATION.RECORDED_AT.le(Sql.at(until)))
                .orderBy(OBSERVATION.OBSERVED_ON, OBSERVATION.ID)
                .fetch(r -> new Observation(r.getId(), new CheckInId(r.getCheckInId()), Observation.Kind.valueOf(r.getKind()),
                        r.getText(), r.getObservedOn(), new PersonId(r.getAuthorId()), Sql.instant(r.getRecordedAt())));
    }

    List<Observation> observationsBy(OrganizationId organization, PersonId author) {
        return dsl.selectFrom(OBSERVATION)
                .where(OBSERVATION.ORGANIZATION_ID.eq(organization.value()))
                .and(OBSERVATION.AUTHOR_ID.eq(author.value()))
                .orderBy(OBSERVATION.ID)
                .fetch(r -> new Observation(r.getId(), new CheckInId(r.getCheckInId()), Observation.Kind.valueOf(r.getKind()),
                        r.getText(), r.getObservedOn(), new PersonId(r.getAuthorId()), Sql.instant(r.getRecordedAt())));
    }

    // ---- interpretation

    public StoredInterpretation interpretation(OrganizationId organization, CheckInId checkIn) {
        return dsl.selectFrom(INTERPRETATION)
                .where(INTERPRETATION.ORGANIZATION_ID.eq(organization.value()))
                .and(INTERPRETATION.CHECK_IN_ID.eq(checkIn.value()))
                .fetchOptional(r -> new StoredInterpretation(new Interpretation(r.getWorked(), r.getDidNotWork(), r.getWhy()),
                        r.getVersion(), new PersonId(r.getUpdatedBy()), Sql.instant(r.getUpdatedAt())))
                .orElse(StoredInterpretation.NONE);
    }

    /** Writes the interpretation if it is still at {@code basedOn}; the first write creates it at version 1. */
    public void saveInterpretation(OrganizationId organization, CheckInId checkIn, Interpretation value, long basedOn, PersonId by, Instant now) {
        if (basedOn == 0) {
            // insert-if-absent: the first of two people writing at once wins, the other learns it is stale
            int inserted = dsl.insertInto(INTERPRETATION)
                    .set(INTERPRETATION.CHECK_IN_ID, checkIn.value())
                    .set(INTERPRETATION.ORGANIZATION_ID, organization.value())
                    .set(INTERPRETATION.WORKED, value.worked())
                    .set(INTERPRETATION.DID_NOT_WORK, value.didNotWork())
                    .set(INTERPRETATION.WHY, value.why())
                    .set(INTERPRETATION.UPDATED_BY, by.value())
                    .set(INTERPRETATION.UPDATED_AT, Sql.at(now))
                    .set(INTERPRETATION.VERSION, 1L)
                    .onConflictDoNothing()
                    .execute();
            Versions.requireWritten(inserted, "The interpretation", () -> interpretation(organization, checkIn).version());
            return;
        }
        int updated = dsl.update(INTERPRETATION)
                .set(INTERPRETATION.WORKED, value.worked())
                .set(INTERPRETATION.DID_NOT_WORK, value.didNotWork())
                .set(INTERPRETATION.WHY, value.why())
                .set(INTERPRETATION.UPDATED_BY, by.value())
                .set(INTERPRETATION.UPDATED_AT, Sql.at(now))
                .set(INTERPRETATION.VERSION, basedOn + 1)
                .where(INTERPRETATION.ORGANIZATION_ID.eq(organization.value()))
                .and(INTERPRETATION.CHECK_IN_ID.eq(checkIn.value()))
                .and(INTERPRETATION.VERSION.eq(basedOn))
                .execute();
        Versions.requireWritten(updated, "The interpretation", () -> interpretation(organization, checkIn).version());
    }

    // ---- growth answers and skipped prompts

    public void insert(OrganizationId organization, GrowthAnswer a) {
        dsl.insertInto(GROWTH_ANSWER)
                .set(GROWTH_ANSWER.ID, a.id())
                .set(GROWTH_ANSWER.ORGANIZATION_ID, organization.value())
                .set(GROWTH_ANSWER.CHECK_IN_ID, a.checkInId().value())
                .set(GROWTH_ANSWER.PROMPT_ID, a.promptId())
                .set(GROWTH_ANSWER.QUESTION, a.question())
                .set(GROWTH_ANSWER.ANSWER, a.answer())
                .set(GROWTH_ANSWER.AUTHOR_ID, a.by().value())
                .set(GROWTH_ANSWER.ANSWERED_AT, Sql.at(a.answeredAt()))
                .execute();
    }

    public List<GrowthAnswer> answers(OrganizationId organization, CheckInId checkIn) {
        return dsl.selectFrom(GROWTH_ANSWER)
                .where(GROWTH_ANSWER.ORGANIZATION_ID.eq(organization.value()))
                .and(GROWTH_ANSWER.CHECK_IN_ID.eq(checkIn.value()))
                .orderBy(GROWTH_ANSWER.ANSWERED_AT, GROWTH_ANSWER.ID)
                .fetch(r -> new GrowthAnswer(r.getId(), new CheckInId(r.getCheckInId()), r.getPromptId(), r.getQuestion(),
                        r.getAnswer(), new PersonId(r.getAuthorId()), Sql.instant(r.getAnsweredAt())));
    }

    List<GrowthAnswer> answersBy(OrganizationId organization, PersonId author) {
        return dsl.selectFrom(GROWTH_ANSWER)
                .where(GROWTH_ANSWER.ORGANIZATION_ID.eq(organization.value()))
                .and(GROWTH_ANSWER.AUTHOR_ID.eq(author.value()))
                .orderBy(GROWTH_ANSWER.ID)
                .fetch(r -> new GrowthAnswer(r.getId(), new CheckInId(r.getCheckInId()), r.getPromptId(), r.getQuestion(),
                        r.getAnswer(), new PersonId(r.getAuthorId()), Sql.instant(r.getAnsweredAt())));
    }

    /** Skipping twice is harmless: the second skip changes nothing. */
    public void skip(OrganizationId organization, CheckInId checkIn, String promptId, PersonId by, Instant now) {
        dsl.insertInto(PROMPT_SKIP)
                .set(PROMPT_SKIP.CHECK_IN_ID, checkIn.value())
                .set(PROMPT_SKIP.PROMPT_ID, promptId)
                .set(PROMPT_SKIP.ORGANIZATION_ID, organization.value())
                .set(PROMPT_SKIP.SKIPPED_BY, by.value())
                .set(PROMPT_SKIP.SKIPPED_AT, Sql.at(now))
                .onConflictDoNothing()
                .execute();
    }

    public Set<String> skipped(OrganizationId organization, CheckInId checkIn) {
        return Set.copyOf(dsl.select(PROMPT_SKIP.PROMPT_ID).from(PROMPT_SKIP)
                .where(PROMPT_SKIP.ORGANIZATION_ID.eq(organization.value()))
                .and(PROMPT_SKIP.CHECK_IN_ID.eq(checkIn.value()))
                .fetch(PROMPT_SKIP.PROMPT_ID));
    }

    // ---- feedback

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
                .set(FEEDBACK_ENTRY.GIVEN_AT, Sql.at(f.givenAt()))
                .set(FEEDBACK_ENTRY.EDITED_AT, Sql.at(f.editedAt()))
                .set(FEEDBACK_ENTRY.VERSION, f.version())
                .execute();
    }

    public List<FeedbackEntry> feedback(OrganizationId organization, CheckInId checkIn) {
        return dsl.selectFrom(FEEDBACK_ENTRY)
                .where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_ENTRY.CHECK_IN_ID.eq(checkIn.value()))
                .orderBy(FEEDBACK_ENTRY.GIVEN_AT, FEEDBACK_ENTRY.ID)
                .fetch(CheckInContentRepository::toFeedback);
    }

    public Optional<FeedbackEntry> feedbackEntry(OrganizationId organization, CheckInId checkIn, UUID entry) {
        return dsl.selectFrom(FEEDBACK_ENTRY)
                .where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_ENTRY.CHECK_IN_ID.eq(checkIn.value()))
                .and(FEEDBACK_ENTRY.ID.eq(entry))
                .fetchOptional(CheckInContentRepository::toFeedback);
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
                .set(FEEDBACK_ENTRY.EDITED_AT, Sql.at(f.editedAt()))
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
                .set(FEEDBACK_REVISION.WRITTEN_AT, Sql.at(r.writtenAt()))
                .set(FEEDBACK_REVISION.REPLACED_AT, Sql.at(r.replacedAt()))
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
                .fetch(CheckInContentRepository::toRevision).stream()
                .collect(Collectors.groupingBy(FeedbackRevision::entryId, Collectors.toList()));
    }

    private static FeedbackRevision toRevision(org.tandem.db.tables.records.FeedbackRevisionRecord r) {
        return new FeedbackRevision(r.getId(), r.getFeedbackEntryId(), new CheckInId(r.getCheckInId()), new PersonId(r.getGiverId()),
                new PersonId(r.getReceiverId()), r.getText(), r.getSituation(), r.getBehaviour(), r.getImpact(), r.getNextStep(),
                Sql.instant(r.getWrittenAt()), Sql.instant(r.getReplacedAt()));
    }

    /** Feedback the person gave or received: both are about them. */
    List<FeedbackEntry> feedbackOf(OrganizationId organization, PersonId person) {
        return dsl.selectFrom(FEEDBACK_ENTRY)
                .where(FEEDBACK_ENTRY.ORGANIZATION_ID.eq(organization.value()))
                .and(FEEDBACK_ENTRY.GIVER_ID.eq(person.value()).or(FEEDBACK_ENTRY.RECEIVER_ID.eq(person.value())))
                .orderBy(FEEDBACK_ENTRY.ID)
                .fetch(CheckInContentRepository::toFeedback);
    }

    private static FeedbackEntry toFeedback(org.tandem.db.tables.records.FeedbackEntryRecord r) {
        return new FeedbackEntry(r.getId(), new CheckInId(r.getCheckInId()), new PersonId(r.getGiverId()), new PersonId(r.getReceiverId()),
                r.getText(), r.getSituation(), r.getBehaviour(), r.getImpact(), r.getNextStep(), Sql.instant(r.getGivenAt()),
                Sql.instant(r.getEditedAt()), r.getVersion());
    }

    // ---- wins

    public void insert(OrganizationId organization, Win w) {
        dsl.insertInto(CHECK_IN_WIN)
                .set(CHECK_IN_WIN.ID, w.id())
                .set(CHECK_IN_WIN.ORGANIZATION_ID, organization.value())
                .set(CHECK_IN_WIN.CHECK_IN_ID, w.checkInId().value())
                .set(CHECK_IN_WIN.TEXT, w.text())
                .set(CHECK_IN_WIN.AUTHOR_ID, w.by().value())
                .set(CHECK_IN_WIN.RECORDED_AT, Sql.at(w.recordedAt()))
                .execute();
    }

    public List<Win> wins(OrganizationId organization, CheckInId checkIn) {
        return dsl.selectFrom(CHECK_IN_WIN)
                .where(CHECK_IN_WIN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN_WIN.CHECK_IN_ID.eq(checkIn.value()))
                .orderBy(CHECK_IN_WIN.RECORDED_AT, CHECK_IN_WIN.ID)
                .fetch(r -> new Win(r.getId(), new CheckInId(r.getCheckInId()), r.getText(), new PersonId(r.getAuthorId()),
                        Sql.instant(r.getRecordedAt())));
    }

    List<Win> winsBy(OrganizationId organization, PersonId author) {
        return dsl.selectFrom(CHECK_IN_WIN)
                .where(CHECK_IN_WIN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN_WIN.AUTHOR_ID.eq(author.value()))
                .orderBy(CHECK_IN_WIN.ID)
                .fetch(r -> new Win(r.getId(), new CheckInId(r.getCheckInId()), r.getText(), new PersonId(r.getAuthorId()),
                        Sql.instant(r.getRecordedAt())));
    }
}
