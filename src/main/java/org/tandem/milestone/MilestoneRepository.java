package org.tandem.milestone;

import static org.tandem.db.Tables.CELEBRATION;
import static org.tandem.db.Tables.MILESTONE;
import static org.tandem.db.Tables.MILESTONE_STORY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.MilestoneRecord;
import org.tandem.goal.GoalId;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.PageRequest;

/** Every SQL statement about milestones and their edited stories; each one scoped by organization. */
@Repository
class MilestoneRepository {

    private final DSLContext dsl;

    MilestoneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Milestone m) {
        dsl.insertInto(MILESTONE)
                .set(MILESTONE.ID, m.id().value())
                .set(MILESTONE.ORGANIZATION_ID, m.organizationId().value())
                .set(MILESTONE.MENTORSHIP_ID, m.mentorshipId().value())
                .set(MILESTONE.GOAL_ID, m.goalId().value())
                .set(MILESTONE.TITLE, m.title())
                .set(MILESTONE.THRESHOLD, m.threshold())
                .set(MILESTONE.DUE_ON, m.dueOn())
                .set(MILESTONE.STATUS, m.status().name())
                .set(MILESTONE.CREATED_BY, m.createdBy().value())
                .set(MILESTONE.CREATED_AT, m.createdAt())
                .set(MILESTONE.VERSION, m.version())
                .execute();
    }

    /** Writes the reaching if nobody changed the milestone since it was read; false when someone did. */
    boolean update(Milestone m) {
        return dsl.update(MILESTONE)
                .set(MILESTONE.STATUS, m.status().name())
                .set(MILESTONE.REACHED_AT, m.reachedAt())
                .set(MILESTONE.REACHED_BY, m.reachedBy() == null ? null : m.reachedBy().value())
                .set(MILESTONE.MEASUREMENT_ID, m.measurementId())
                .set(MILESTONE.EVIDENCE, m.evidence())
                .set(MILESTONE.VERSION, m.version() + 1)
                .where(MILESTONE.ORGANIZATION_ID.eq(m.organizationId().value()))
                .and(MILESTONE.ID.eq(m.id().value()))
                .and(MILESTONE.VERSION.eq(m.version()))
                .execute() == 1;
    }

    Optional<Milestone> find(OrganizationId organization, MilestoneId id) {
        return dsl.selectFrom(MILESTONE)
                .where(MILESTONE.ORGANIZATION_ID.eq(organization.value()))
                .and(MILESTONE.ID.eq(id.value()))
                .fetchOptional(MilestoneRepository::toMilestone);
    }

    /** The goal's milestones, oldest first (the order the pair planned them). */
    List<Milestone> ofGoal(OrganizationId organization, GoalId goal, PageRequest page) {
        Condition condition = MILESTONE.ORGANIZATION_ID.eq(organization.value()).and(MILESTONE.GOAL_ID.eq(goal.value()));
        if (page.after().isPresent()) {
            condition = condition.and(MILESTONE.ID.gt(page.after().get()));
        }
        return dsl.selectFrom(MILESTONE).where(condition).orderBy(MILESTONE.ID).limit(page.fetchSize())
                .fetch(MilestoneRepository::toMilestone);
    }

    /** Open milestones of the goal that a number can reach, locked so two measurements cannot both reach one. */
    List<Milestone> openWithThreshold(OrganizationId organization, GoalId goal) {
        return dsl.selectFrom(MILESTONE)
                .where(MILESTONE.ORGANIZATION_ID.eq(organization.value()))
                .and(MILESTONE.GOAL_ID.eq(goal.value()))
                .and(MILESTONE.STATUS.eq(Milestone.Status.OPEN.name()))
                .and(MILESTONE.THRESHOLD.isNotNull())
                .orderBy(MILESTONE.ID)
                .forUpdate()
                .fetch(MilestoneRepository::toMilestone);
    }

    /** Milestones of the mentorship reached after {@code since}, oldest first, with whether each was celebrated. */
    List<ReachedRow> reachedSince(OrganizationId organization, MentorshipId mentorship, Instant since) {
        return reached(organization, mentorship, MILESTONE.REACHED_AT.gt(since));
    }

    /** Reached milestones of the mentorship not celebrated yet, reached at or before {@code before}. */
    List<ReachedRow> uncelebratedReachedBefore(OrganizationId organization, MentorshipId mentorship, Instant before) {
        return reached(organization, mentorship, MILESTONE.REACHED_AT.le(before).and(CELEBRATION.ID.isNull()));
    }

    int countReached(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to) {
        return dsl.fetchCount(MILESTONE, MILESTONE.ORGANIZATION_ID.eq(organization.value())
                .and(MILESTONE.MENTORSHIP_ID.eq(mentorship.value()))
                .and(MILESTONE.REACHED_AT.ge(from))
                .and(MILESTONE.REACHED_AT.lt(to)));
    }

    record ReachedRow(Milestone milestone, boolean celebrated) {
    }

    private List<ReachedRow> reached(OrganizationId organization, MentorshipId mentorship, Condition extra) {
        return dsl.select(MILESTONE.fields()).select(CELEBRATION.ID)
                .from(MILESTONE)
                .leftJoin(CELEBRATION).on(CELEBRATION.ORGANIZATION_ID.eq(MILESTONE.ORGANIZATION_ID)).and(CELEBRATION.MILESTONE_ID.eq(MILESTONE.ID))
                .where(MILESTONE.ORGANIZATION_ID.eq(organization.value()))
                .and(MILESTONE.MENTORSHIP_ID.eq(mentorship.value()))
                .and(MILESTONE.STATUS.eq(Milestone.Status.REACHED.name()))
                .and(extra)
                .orderBy(MILESTONE.REACHED_AT, MILESTONE.ID)
                .fetch(r -> new ReachedRow(toMilestone(r.into(MILESTONE)), r.get(CELEBRATION.ID) != null));
    }

    // ---------------------------------------------------------------- stories

    record StoredStory(Story story, long version) {
    }

    Optional<StoredStory> story(OrganizationId organization, MilestoneId id) {
        return dsl.selectFrom(MILESTONE_STORY)
                .where(MILESTONE_STORY.ORGANIZATION_ID.eq(organization.value()))
                .and(MILESTONE_STORY.MILESTONE_ID.eq(id.value()))
                .fetchOptional(r -> new StoredStory(new Story(r.getContext(), r.getLearningCurve(), Story.decisionsOf(r.getDecisionPoints()),
                        r.getImpact()), r.getVersion()));
    }

    void insertStory(OrganizationId organization, MilestoneId id, Story story, PersonId by, Instant now) {
        dsl.insertInto(MILESTONE_STORY)
                .set(MILESTONE_STORY.MILESTONE_ID, id.value())
                .set(MILESTONE_STORY.ORGANIZATION_ID, organization.value())
                .set(MILESTONE_STORY.CONTEXT, story.context())
                .set(MILESTONE_STORY.LEARNING_CURVE, story.learningCurve())
                .set(MILESTONE_STORY.DECISION_POINTS, story.decisionsText())
                .set(MILESTONE_STORY.IMPACT, story.impact())
                .set(MILESTONE_STORY.EDITED_BY, by.value())
                .set(MILESTONE_STORY.EDITED_AT, now)
                .set(MILESTONE_STORY.VERSION, 0L)
                .execute();
    }

    boolean updateStory(OrganizationId organization, MilestoneId id, Story story, PersonId by, Instant now, long version) {
        return dsl.update(MILESTONE_STORY)
                .set(MILESTONE_STORY.CONTEXT, story.context())
                .set(MILESTONE_STORY.LEARNING_CURVE, story.learningCurve())
                .set(MILESTONE_STORY.DECISION_POINTS, story.decisionsText())
                .set(MILESTONE_STORY.IMPACT, story.impact())
                .set(MILESTONE_STORY.EDITED_BY, by.value())
                .set(MILESTONE_STORY.EDITED_AT, now)
                .set(MILESTONE_STORY.VERSION, version + 1)
                .where(MILESTONE_STORY.ORGANIZATION_ID.eq(organization.value()))
                .and(MILESTONE_STORY.MILESTONE_ID.eq(id.value()))
                .and(MILESTONE_STORY.VERSION.eq(version))
                .execute() == 1;
    }

    private static Milestone toMilestone(MilestoneRecord r) {
        return new Milestone(new MilestoneId(r.getId()), new OrganizationId(r.getOrganizationId()), new MentorshipId(r.getMentorshipId()),
                new GoalId(r.getGoalId()), r.getTitle(), r.getThreshold() == null ? null : r.getThreshold().stripTrailingZeros(), r.getDueOn(),
                Milestone.Status.valueOf(r.getStatus()), r.getReachedAt(), r.getReachedBy() == null ? null : new PersonId(r.getReachedBy()),
                r.getMeasurementId(), r.getEvidence(), new PersonId(r.getCreatedBy()), r.getCreatedAt(), r.getVersion());
    }

}
