package org.tandem.checkin.record;

import static org.tandem.db.Tables.CHECK_IN_TAKEAWAY;
import static org.tandem.db.Tables.CHECK_IN_WIN;
import static org.tandem.db.Tables.GROWTH_ANSWER;
import static org.tandem.db.Tables.INTERPRETATION;
import static org.tandem.db.Tables.OBSERVATION;
import static org.tandem.db.Tables.PROMPT_SKIP;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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
 * skipped prompts, and wins. Apart from the interpretation, these are only ever added, so they need no version.
 * Feedback, which its giver may edit and withdraw, has its own {@link FeedbackEntryRepository}.
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
                .set(OBSERVATION.RECORDED_AT, o.recordedAt())
                .execute();
    }

    /** Observations of the mentorship recorded after {@code since} and no later than {@code until}. */
    public List<Observation> observations(OrganizationId organization, MentorshipId mentorship, Instant since, Instant until) {
        return dsl.selectFrom(OBSERVATION)
                .where(OBSERVATION.ORGANIZATION_ID.eq(organization.value()))
                .and(OBSERVATION.MENTORSHIP_ID.eq(mentorship.value()))
                .and(OBSERVATION.RECORDED_AT.gt(since))
                .and(OBSERVATION.RECORDED_AT.le(until))
                .orderBy(OBSERVATION.OBSERVED_ON, OBSERVATION.ID)
                .fetch(r -> new Observation(r.getId(), new CheckInId(r.getCheckInId()), Observation.Kind.valueOf(r.getKind()),
                        r.getText(), r.getObservedOn(), new PersonId(r.getAuthorId()), r.getRecordedAt()));
    }

    List<Observation> observationsBy(OrganizationId organization, PersonId author) {
        return dsl.selectFrom(OBSERVATION)
                .where(OBSERVATION.ORGANIZATION_ID.eq(organization.value()))
                .and(OBSERVATION.AUTHOR_ID.eq(author.value()))
                .orderBy(OBSERVATION.ID)
                .fetch(r -> new Observation(r.getId(), new CheckInId(r.getCheckInId()), Observation.Kind.valueOf(r.getKind()),
                        r.getText(), r.getObservedOn(), new PersonId(r.getAuthorId()), r.getRecordedAt()));
    }

    // ---- interpretation

    public StoredInterpretation interpretation(OrganizationId organization, CheckInId checkIn) {
        return dsl.selectFrom(INTERPRETATION)
                .where(INTERPRETATION.ORGANIZATION_ID.eq(organization.value()))
                .and(INTERPRETATION.CHECK_IN_ID.eq(checkIn.value()))
                .fetchOptional(r -> new StoredInterpretation(new Interpretation(r.getWorked(), r.getDidNotWork(), r.getWhy()),
                        r.getVersion(), new PersonId(r.getUpdatedBy()), r.getUpdatedAt()))
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
                    .set(INTERPRETATION.UPDATED_AT, now)
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
                .set(INTERPRETATION.UPDATED_AT, now)
                .set(INTERPRETATION.VERSION, basedOn + 1)
                .where(INTERPRETATION.ORGANIZATION_ID.eq(organization.value()))
                .and(INTERPRETATION.CHECK_IN_ID.eq(checkIn.value()))
                .and(INTERPRETATION.VERSION.eq(basedOn))
                .execute();
        Versions.requireWritten(updated, "The interpretation", () -> interpretation(organization, checkIn).version());
    }

    // ---- takeaway

    /** The takeaway as stored, with its version; version 0 means nobody wrote one yet. */
    public record StoredTakeaway(Takeaway takeaway, long version, PersonId updatedBy, Instant updatedAt) {

        static final StoredTakeaway NONE = new StoredTakeaway(Takeaway.EMPTY, 0, null, null);
    }

    public StoredTakeaway takeaway(OrganizationId organization, CheckInId checkIn) {
        return dsl.selectFrom(CHECK_IN_TAKEAWAY)
                .where(CHECK_IN_TAKEAWAY.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN_TAKEAWAY.CHECK_IN_ID.eq(checkIn.value()))
                .fetchOptional(r -> new StoredTakeaway(new Takeaway(r.getText()), r.getVersion(), new PersonId(r.getUpdatedBy()),
                        r.getUpdatedAt()))
                .orElse(StoredTakeaway.NONE);
    }

    /** Writes the takeaway if it is still at {@code basedOn}, as {@link #saveInterpretation} does. */
    public void saveTakeaway(OrganizationId organization, CheckInId checkIn, Takeaway value, long basedOn, PersonId by, Instant now) {
        if (basedOn == 0) {
            int inserted = dsl.insertInto(CHECK_IN_TAKEAWAY)
                    .set(CHECK_IN_TAKEAWAY.CHECK_IN_ID, checkIn.value())
                    .set(CHECK_IN_TAKEAWAY.ORGANIZATION_ID, organization.value())
                    .set(CHECK_IN_TAKEAWAY.TEXT, value.text())
                    .set(CHECK_IN_TAKEAWAY.UPDATED_BY, by.value())
                    .set(CHECK_IN_TAKEAWAY.UPDATED_AT, now)
                    .set(CHECK_IN_TAKEAWAY.VERSION, 1L)
                    .onConflictDoNothing()
                    .execute();
            Versions.requireWritten(inserted, "The takeaway", () -> takeaway(organization, checkIn).version());
            return;
        }
        int updated = dsl.update(CHECK_IN_TAKEAWAY)
                .set(CHECK_IN_TAKEAWAY.TEXT, value.text())
                .set(CHECK_IN_TAKEAWAY.UPDATED_BY, by.value())
                .set(CHECK_IN_TAKEAWAY.UPDATED_AT, now)
                .set(CHECK_IN_TAKEAWAY.VERSION, basedOn + 1)
                .where(CHECK_IN_TAKEAWAY.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN_TAKEAWAY.CHECK_IN_ID.eq(checkIn.value()))
                .and(CHECK_IN_TAKEAWAY.VERSION.eq(basedOn))
                .execute();
        Versions.requireWritten(updated, "The takeaway", () -> takeaway(organization, checkIn).version());
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
                .set(GROWTH_ANSWER.ANSWERED_AT, a.answeredAt())
                .execute();
    }

    public List<GrowthAnswer> answers(OrganizationId organization, CheckInId checkIn) {
        return dsl.selectFrom(GROWTH_ANSWER)
                .where(GROWTH_ANSWER.ORGANIZATION_ID.eq(organization.value()))
                .and(GROWTH_ANSWER.CHECK_IN_ID.eq(checkIn.value()))
                .orderBy(GROWTH_ANSWER.ANSWERED_AT, GROWTH_ANSWER.ID)
                .fetch(r -> new GrowthAnswer(r.getId(), new CheckInId(r.getCheckInId()), r.getPromptId(), r.getQuestion(),
                        r.getAnswer(), new PersonId(r.getAuthorId()), r.getAnsweredAt()));
    }

    List<GrowthAnswer> answersBy(OrganizationId organization, PersonId author) {
        return dsl.selectFrom(GROWTH_ANSWER)
                .where(GROWTH_ANSWER.ORGANIZATION_ID.eq(organization.value()))
                .and(GROWTH_ANSWER.AUTHOR_ID.eq(author.value()))
                .orderBy(GROWTH_ANSWER.ID)
                .fetch(r -> new GrowthAnswer(r.getId(), new CheckInId(r.getCheckInId()), r.getPromptId(), r.getQuestion(),
                        r.getAnswer(), new PersonId(r.getAuthorId()), r.getAnsweredAt()));
    }

    /** Skipping twice is harmless: the second skip changes nothing. */
    public void skip(OrganizationId organization, CheckInId checkIn, String promptId, PersonId by, Instant now) {
        dsl.insertInto(PROMPT_SKIP)
                .set(PROMPT_SKIP.CHECK_IN_ID, checkIn.value())
                .set(PROMPT_SKIP.PROMPT_ID, promptId)
                .set(PROMPT_SKIP.ORGANIZATION_ID, organization.value())
                .set(PROMPT_SKIP.SKIPPED_BY, by.value())
                .set(PROMPT_SKIP.SKIPPED_AT, now)
                .onConflictDoNothing()
                .execute();
    }

    public Set<String> skipped(OrganizationId organization, CheckInId checkIn) {
        return Set.copyOf(dsl.select(PROMPT_SKIP.PROMPT_ID).from(PROMPT_SKIP)
                .where(PROMPT_SKIP.ORGANIZATION_ID.eq(organization.value()))
                .and(PROMPT_SKIP.CHECK_IN_ID.eq(checkIn.value()))
                .fetch(PROMPT_SKIP.PROMPT_ID));
    }

    // ---- wins

    public void insert(OrganizationId organization, Win w) {
        dsl.insertInto(CHECK_IN_WIN)
                .set(CHECK_IN_WIN.ID, w.id())
                .set(CHECK_IN_WIN.ORGANIZATION_ID, organization.value())
                .set(CHECK_IN_WIN.CHECK_IN_ID, w.checkInId().value())
                .set(CHECK_IN_WIN.TEXT, w.text())
                .set(CHECK_IN_WIN.AUTHOR_ID, w.by().value())
                .set(CHECK_IN_WIN.RECORDED_AT, w.recordedAt())
                .execute();
    }

    public List<Win> wins(OrganizationId organization, CheckInId checkIn) {
        return dsl.selectFrom(CHECK_IN_WIN)
                .where(CHECK_IN_WIN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN_WIN.CHECK_IN_ID.eq(checkIn.value()))
                .orderBy(CHECK_IN_WIN.RECORDED_AT, CHECK_IN_WIN.ID)
                .fetch(r -> new Win(r.getId(), new CheckInId(r.getCheckInId()), r.getText(), new PersonId(r.getAuthorId()),
                        r.getRecordedAt()));
    }

    List<Win> winsBy(OrganizationId organization, PersonId author) {
        return dsl.selectFrom(CHECK_IN_WIN)
                .where(CHECK_IN_WIN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN_WIN.AUTHOR_ID.eq(author.value()))
                .orderBy(CHECK_IN_WIN.ID)
                .fetch(r -> new Win(r.getId(), new CheckInId(r.getCheckInId()), r.getText(), new PersonId(r.getAuthorId()),
                        r.getRecordedAt()));
    }
}
