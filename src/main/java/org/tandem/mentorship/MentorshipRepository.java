package org.tandem.mentorship;

import static org.tandem.db.Tables.MENTORSHIP;
import static org.tandem.db.Tables.PROGRAM_LEAD;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.MentorshipRecord;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.program.Emphasis;
import org.tandem.program.ProgramId;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/** Owns the SQL of mentorships, including the visibility rule as a query condition for lists. */
@Repository
class MentorshipRepository {

    private final DSLContext dsl;

    MentorshipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Mentorship m) {
        dsl.insertInto(MENTORSHIP)
                .set(MENTORSHIP.ID, m.id().value())
                .set(MENTORSHIP.ORGANIZATION_ID, m.organizationId().value())
                .set(MENTORSHIP.PROGRAM_ID, m.programId().value())
                .set(MENTORSHIP.MENTOR_ID, m.mentorId().value())
                .set(MENTORSHIP.MENTEE_ID, m.menteeId().value())
                .set(MENTORSHIP.INTERVAL_DAYS, m.cadence().intervalDays())
                .set(MENTORSHIP.DURATION_MINUTES, m.cadence().durationMinutes())
                .set(MENTORSHIP.FIRST_AT, m.cadence().firstAt())
                .set(MENTORSHIP.NEXT_AT, m.cadence().nextAt())
                .set(MENTORSHIP.EMPHASIS, m.emphasis().name())
                .set(MENTORSHIP.STATUS, m.status().name())
                .set(MENTORSHIP.LEARNING_MODALITIES, modalities(m.preferences()))
                .set(MENTORSHIP.FEEDBACK_STYLE, m.preferences().feedbackStyle() == null ? null : m.preferences().feedbackStyle().name())
                .set(MENTORSHIP.SHARE_RATINGS_WITH_MENTOR, m.preferences().shareRatingsWithMentor())
                .set(MENTORSHIP.CREATED_AT, m.createdAt())
                .set(MENTORSHIP.VERSION, 0L)
                .execute();
    }

    Mentorship update(Mentorship m) {
        int updated = dsl.update(MENTORSHIP)
                .set(MENTORSHIP.INTERVAL_DAYS, m.cadence().intervalDays())
                .set(MENTORSHIP.DURATION_MINUTES, m.cadence().durationMinutes())
                .set(MENTORSHIP.NEXT_AT, m.cadence().nextAt())
                .set(MENTORSHIP.EMPHASIS, m.emphasis().name())
                .set(MENTORSHIP.STATUS, m.status().name())
                .set(MENTORSHIP.LEARNING_MODALITIES, modalities(m.preferences()))
                .set(MENTORSHIP.FEEDBACK_STYLE, m.preferences().feedbackStyle() == null ? null : m.preferences().feedbackStyle().name())
                .set(MENTORSHIP.SHARE_RATINGS_WITH_MENTOR, m.preferences().shareRatingsWithMentor())
                .set(MENTORSHIP.VERSION, m.version() + 1)
                .where(MENTORSHIP.ORGANIZATION_ID.eq(m.organizationId().value()))
                .and(MENTORSHIP.ID.eq(m.id().value()))
                .and(MENTORSHIP.VERSION.eq(m.version()))
                .execute();
        Versions.requireWritten(updated, "This mentorship",
                () -> dsl.select(MENTORSHIP.VERSION).from(MENTORSHIP).where(MENTORSHIP.ID.eq(m.id().value())).fetchOne(MENTORSHIP.VERSION));
        return find(m.organizationId(), m.id()).orElseThrow();
    }

    Optional<Mentorship> find(OrganizationId organization, MentorshipId id) {
        return dsl.selectFrom(MENTORSHIP)
                .where(MENTORSHIP.ORGANIZATION_ID.eq(organization.value()))
                .and(MENTORSHIP.ID.eq(id.value()))
                .fetchOptional(MentorshipRepository::toMentorship);
    }

    /** Reads the mentorship and holds its row until the transaction ends, so two planners of one pair take turns. */
    Optional<Mentorship> findForUpdate(OrganizationId organization, MentorshipId id) {
        return dsl.selectFrom(MENTORSHIP)
                .where(MENTORSHIP.ORGANIZATION_ID.eq(organization.value()))
                .and(MENTORSHIP.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional(MentorshipRepository::toMentorship);
    }

    /** Active mentorships of every organization, by id after {@code after}: for jobs that serve them all. */
    List<Mentorship> activeEverywhere(java.util.UUID after, int limit) {
        Condition condition = MENTORSHIP.STATUS.eq(Mentorship.Status.ACTIVE.name());
        if (after != null) {
            condition = condition.and(MENTORSHIP.ID.gt(after));
        }
        return dsl.selectFrom(MENTORSHIP).where(condition).orderBy(MENTORSHIP.ID).limit(limit).fetch(MentorshipRepository::toMentorship);
    }

    /** The mentorships the actor may see, newest first by id, optionally within one program. */
    List<Mentorship> visibleTo(Actor actor, Optional<ProgramId> program, PageRequest page) {
        Condition condition = visibleTo(actor);
        if (program.isPresent()) {
            condition = condition.and(MENTORSHIP.PROGRAM_ID.eq(program.get().value()));
        }
        if (page.after().isPresent()) {
            condition = condition.and(MENTORSHIP.ID.gt(page.after().get()));
        }
        return dsl.selectFrom(MENTORSHIP).where(condition).orderBy(MENTORSHIP.ID).limit(page.fetchSize())
                .fetch(MentorshipRepository::toMentorship);
    }

    /** How many mentorships of each of the programs the actor may see (programs with none are absent). */
    Map<ProgramId, Integer> countVisibleTo(Actor actor, Collection<ProgramId> programs) {
        if (programs.isEmpty()) {
            return Map.of();
        }
        return dsl.select(MENTORSHIP.PROGRAM_ID, DSL.count())
                .from(MENTORSHIP)
                .where(visibleTo(actor))
                .and(MENTORSHIP.PROGRAM_ID.in(programs.stream().map(ProgramId::value).toList()))
                .groupBy(MENTORSHIP.PROGRAM_ID)
                .fetchMap(r -> new ProgramId(r.value1()), r -> r.value2());
    }

    /** Admins see every mentorship of their organization; others their own pairs and the pairs of programs they lead. */
    private static Condition visibleTo(Actor actor) {
        Condition condition = MENTORSHIP.ORGANIZATION_ID.eq(actor.organizationId().value());
        if (!actor.isAdmin()) {
            condition = condition.and(MENTORSHIP.MENTOR_ID.eq(actor.personId().value())
                    .or(MENTORSHIP.MENTEE_ID.eq(actor.personId().value()))
                    .or(MENTORSHIP.PROGRAM_ID.in(DSL.select(PROGRAM_LEAD.PROGRAM_ID).from(PROGRAM_LEAD)
                            .where(PROGRAM_LEAD.ORGANIZATION_ID.eq(actor.organizationId().value()))
                            .and(PROGRAM_LEAD.PERSON_ID.eq(actor.personId().value())))));
        }
        return condition;
    }

    List<Mentorship> ofPerson(OrganizationId organization, PersonId person) {
        return dsl.selectFrom(MENTORSHIP)
                .where(MENTORSHIP.ORGANIZATION_ID.eq(organization.value()))
                .and(MENTORSHIP.MENTOR_ID.eq(person.value()).or(MENTORSHIP.MENTEE_ID.eq(person.value())))
                .orderBy(MENTORSHIP.ID)
                .fetch(MentorshipRepository::toMentorship);
    }

    boolean activePairExists(OrganizationId organization, ProgramId program, PersonId mentor, PersonId mentee) {
        return dsl.fetchExists(MENTORSHIP, MENTORSHIP.ORGANIZATION_ID.eq(organization.value())
                .and(MENTORSHIP.PROGRAM_ID.eq(program.value()))
                .and(MENTORSHIP.MENTOR_ID.eq(mentor.value()))
                .and(MENTORSHIP.MENTEE_ID.eq(mentee.value()))
                .and(MENTORSHIP.STATUS.eq(Mentorship.Status.ACTIVE.name())));
    }

    private static String modalities(Preferences preferences) {
        return preferences.learningModalities().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Mentorship toMentorship(MentorshipRecord r) {
        var modalities = Arrays.stream(r.getLearningModalities().split(",")).filter(s -> !s.isBlank())
                .map(LearningModality::valueOf).collect(Collectors.toSet());
        return new Mentorship(new MentorshipId(r.getId()), new OrganizationId(r.getOrganizationId()), new ProgramId(r.getProgramId()),
                new PersonId(r.getMentorId()), new PersonId(r.getMenteeId()),
                new MentorshipCadence(r.getIntervalDays(), r.getDurationMinutes(), r.getFirstAt(), r.getNextAt()),
                Emphasis.valueOf(r.getEmphasis()), Mentorship.Status.valueOf(r.getStatus()),
                new Preferences(modalities, r.getFeedbackStyle() == null ? null : FeedbackStyle.valueOf(r.getFeedbackStyle()),
                        Boolean.TRUE.equals(r.getShareRatingsWithMentor())),
                r.getCreatedAt(), r.getVersion());
    }
}
