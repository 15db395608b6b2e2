package org.tandem.milestone;

import static org.tandem.db.Tables.CELEBRATION;
import static org.tandem.db.Tables.CELEBRATION_NEXT_STEP;
import static org.tandem.db.Tables.CELEBRATION_REWARD;
import static org.tandem.db.Tables.STAKEHOLDER_INVITATION;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.CelebrationRecord;
import org.tandem.db.tables.records.StakeholderInvitationRecord;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import org.tandem.shared.PageRequest;

/** Every SQL statement about celebrations, their rewards and next steps, and stakeholder invitations; each one scoped by organization. */
@Repository
class CelebrationRepository {

    private final DSLContext dsl;

    CelebrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Celebration c) {
        dsl.insertInto(CELEBRATION)
                .set(CELEBRATION.ID, c.id())
                .set(CELEBRATION.ORGANIZATION_ID, c.organizationId().value())
                .set(CELEBRATION.MILESTONE_ID, c.milestoneId().value())
                .set(CELEBRATION.MENTORSHIP_ID, c.mentorshipId().value())
                .set(CELEBRATION.PROGRAM_ID, c.programId())
                .set(CELEBRATION.RECOGNITION, c.recognition())
                .set(CELEBRATION.VISIBILITY, c.visibility().name())
                .set(CELEBRATION.STORY_CONTEXT, c.story().context())
                .set(CELEBRATION.STORY_LEARNING, c.story().learningCurve())
                .set(CELEBRATION.STORY_DECISIONS, c.story().decisionsText())
                .set(CELEBRATION.STORY_IMPACT, c.story().impact())
                .set(CELEBRATION.CREATED_BY, c.createdBy().value())
                .set(CELEBRATION.CREATED_AT, c.createdAt())
                .set(CELEBRATION.VERSION, c.version())
                .execute();
        for (int i = 0; i < c.rewards().size(); i++) {
            var r = c.rewards().get(i);
            dsl.insertInto(CELEBRATION_REWARD)
                    .set(CELEBRATION_REWARD.ID, Ids.next())
                    .set(CELEBRATION_REWARD.ORGANIZATION_ID, c.organizationId().value())
                    .set(CELEBRATION_REWARD.CELEBRATION_ID, c.id())
                    .set(CELEBRATION_REWARD.POSITION, i)
                    .set(CELEBRATION_REWARD.KIND, r.kind().name())
                    .set(CELEBRATION_REWARD.DESCRIPTION, r.description())
                    .execute();
        }
        for (int i = 0; i < c.nextSteps().size(); i++) {
            var s = c.nextSteps().get(i);
            dsl.insertInto(CELEBRATION_NEXT_STEP)
                    .set(CELEBRATION_NEXT_STEP.ID, s.id())
                    .set(CELEBRATION_NEXT_STEP.ORGANIZATION_ID, c.organizationId().value())
                    .set(CELEBRATION_NEXT_STEP.CELEBRATION_ID, c.id())
                    .set(CELEBRATION_NEXT_STEP.POSITION, i)
                    .set(CELEBRATION_NEXT_STEP.KIND, s.kind().name())
                    .set(CELEBRATION_NEXT_STEP.DESCRIPTION, s.description())
                    .set(CELEBRATION_NEXT_STEP.VERSION, 0L)
                    .execute();
        }
    }

    boolean updateVisibility(Celebration c) {
        return dsl.update(CELEBRATION)
                .set(CELEBRATION.VISIBILITY, c.visibility().name())
                .set(CELEBRATION.VERSION, c.version() + 1)
                .where(CELEBRATION.ORGANIZATION_ID.eq(c.organizationId().value()))
                .and(CELEBRATION.ID.eq(c.id()))
                .and(CELEBRATION.VERSION.eq(c.version()))
                .execute() == 1;
    }

    /** Writes the rewritten recognition, if the celebration is still at the version it was read at. */
    boolean updateRecognition(Celebration c) {
        return dsl.update(CELEBRATION)
                .set(CELEBRATION.RECOGNITION, c.recognition())
                .set(CELEBRATION.RECOGNITION_EDITED_AT, c.recognitionEditedAt())
                .set(CELEBRATION.VERSION, c.version() + 1)
                .where(CELEBRATION.ORGANIZATION_ID.eq(c.organizationId().value()))
                .and(CELEBRATION.ID.eq(c.id()))
                .and(CELEBRATION.VERSION.eq(c.version()))
                .execute() == 1;
    }

    /** Links the proposed goal to the step, once: false when the step already has a goal or changed meanwhile. */
    boolean linkGoal(OrganizationId organization, UUID step, long version, UUID goal) {
        return dsl.update(CELEBRATION_NEXT_STEP)
                .set(CELEBRATION_NEXT_STEP.GOAL_ID, goal)
                .set(CELEBRATION_NEXT_STEP.VERSION, version + 1)
                .where(CELEBRATION_NEXT_STEP.ORGANIZATION_ID.eq(organization.value()))
                .and(CELEBRATION_NEXT_STEP.ID.eq(step))
                .and(CELEBRATION_NEXT_STEP.VERSION.eq(version))
                .and(CELEBRATION_NEXT_STEP.GOAL_ID.isNull())
                .execute() == 1;
    }

    Optional<Celebration> ofMilestone(OrganizationId organization, MilestoneId milestone) {
        return dsl.selectFrom(CELEBRATION)
                .where(CELEBRATION.ORGANIZATION_ID.eq(organization.value()))
                .and(CELEBRATION.MILESTONE_ID.eq(milestone.value()))
                .fetchOptional(r -> full(organization, r));
    }

    /** A row of a celebrations list: the celebration without its parts, and the milestone's title. */
    record Listed(UUID id, MilestoneId milestoneId, MentorshipId mentorshipId, UUID programId, CelebrationVisibility visibility,
                  String recognition, String milestoneTitle, Instant createdAt) {
    }

    /**
     * Celebrations a viewer might see, newest first: those visible to the organization, those visible to the program in
     * {@code programs}, and every one of {@code mentorships}. The caller still applies the full rule to each row.
     */
    List<Listed> candidates(OrganizationId organization, Collection<UUID> programs, Collection<UUID> mentorships,
            Optional<UUID> program, PageRequest page) {
        Condition visible = CELEBRATION.VISIBILITY.eq(CelebrationVisibility.ORGANIZATION.name())
                        .or(CELEBRATION.VISIBILITY.eq(CelebrationVisibility.PROGRAM.name()).and(CELEBRATION.PROGRAM_ID.in(programs)))
                        .or(CELEBRATION.MENTORSHIP_ID.in(mentorships));
        Condition condition = CELEBRATION.ORGANIZATION_ID.eq(organization.value()).and(visible);
        if (program.isPresent()) {
            condition = condition.and(CELEBRATION.PROGRAM_ID.eq(program.get()));
        }
        if (page.after().isPresent()) {
            condition = condition.and(CELEBRATION.ID.lt(page.after().get()));
        }
        var m = org.tandem.db.Tables.MILESTONE;
        return dsl.select(CELEBRATION.ID, CELEBRATION.MILESTONE_ID, CELEBRATION.MENTORSHIP_ID, CELEBRATION.PROGRAM_ID, CELEBRATION.VISIBILITY,
                        CELEBRATION.RECOGNITION, m.TITLE, CELEBRATION.CREATED_AT)
                .from(CELEBRATION).join(m).on(m.ORGANIZATION_ID.eq(CELEBRATION.ORGANIZATION_ID)).and(m.ID.eq(CELEBRATION.MILESTONE_ID))
                .where(condition)
                .orderBy(CELEBRATION.ID.desc())
                .limit(page.fetchSize())
                .fetch(r -> new Listed(r.value1(), new MilestoneId(r.value2()), new MentorshipId(r.value3()), r.value4(),
                        CelebrationVisibility.valueOf(r.value5()), r.value6(), r.value7(), r.value8()));
    }

    int countCreated(OrganizationId organization, MentorshipId mentorship, Instant from, Instant to) {
        return dsl.fetchCount(CELEBRATION, CELEBRATION.ORGANIZATION_ID.eq(organization.value())
                .and(CELEBRATION.MENTORSHIP_ID.eq(mentorship.value()))
                .and(CELEBRATION.CREATED_AT.ge(from))
                .and(CELEBRATION.CREATED_AT.lt(to)));
    }

    // ------------------------------------------------------------ invitations

    void insert(StakeholderInvitation i) {
        dsl.insertInto(STAKEHOLDER_INVITATION)
                .set(STAKEHOLDER_INVITATION.ID, i.id())
                .set(STAKEHOLDER_INVITATION.ORGANIZATION_ID, i.organizationId().value())
                .set(STAKEHOLDER_INVITATION.CELEBRATION_ID, i.celebrationId())
                .set(STAKEHOLDER_INVITATION.EMAIL, i.email())
                .set(STAKEHOLDER_INVITATION.TOKEN_HASH, i.tokenHash())
                .set(STAKEHOLDER_INVITATION.EXPIRES_AT, i.expiresAt())
                .set(STAKEHOLDER_INVITATION.CREATED_AT, i.createdAt())
                .set(STAKEHOLDER_INVITATION.VERSION, i.version())
                .execute();
    }

    /** Writes the answer unless someone answered first. */
    boolean answer(StakeholderInvitation i) {
        return dsl.update(STAKEHOLDER_INVITATION)
                .set(STAKEHOLDER_INVITATION.AUTHOR_NAME, i.authorName())
                .set(STAKEHOLDER_INVITATION.WORDS, i.words())
                .set(STAKEHOLDER_INVITATION.ANSWERED_AT, i.answeredAt())
                .set(STAKEHOLDER_INVITATION.VERSION, i.version() + 1)
                .where(STAKEHOLDER_INVITATION.ORGANIZATION_ID.eq(i.organizationId().value()))
                .and(STAKEHOLDER_INVITATION.ID.eq(i.id()))
                .and(STAKEHOLDER_INVITATION.VERSION.eq(i.version()))
                .and(STAKEHOLDER_INVITATION.ANSWERED_AT.isNull())
                .execute() == 1;
    }

    /** Writes a change or a withdrawal of the guest's words, if the row is still at the version they were read at. */
    boolean revise(StakeholderInvitation i) {
        return dsl.update(STAKEHOLDER_INVITATION)
                .set(STAKEHOLDER_INVITATION.AUTHOR_NAME, i.authorName())
                .set(STAKEHOLDER_INVITATION.WORDS, i.words())
                .set(STAKEHOLDER_INVITATION.ANSWERED_AT, i.answeredAt())
                .set(STAKEHOLDER_INVITATION.EDITED_AT, i.editedAt())
                .set(STAKEHOLDER_INVITATION.VERSION, i.version() + 1)
                .where(STAKEHOLDER_INVITATION.ORGANIZATION_ID.eq(i.organizationId().value()))
                .and(STAKEHOLDER_INVITATION.ID.eq(i.id()))
                .and(STAKEHOLDER_INVITATION.VERSION.eq(i.version()))
                .execute() == 1;
    }

    Optional<StakeholderInvitation> invitationByToken(OrganizationId organization, String tokenHash) {
        return dsl.selectFrom(STAKEHOLDER_INVITATION)
                .where(STAKEHOLDER_INVITATION.ORGANIZATION_ID.eq(organization.value()))
                .and(STAKEHOLDER_INVITATION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(CelebrationRepository::toInvitation);
    }

    List<StakeholderInvitation> invitations(OrganizationId organization, UUID celebration) {
        return dsl.selectFrom(STAKEHOLDER_INVITATION)
                .where(STAKEHOLDER_INVITATION.ORGANIZATION_ID.eq(organization.value()))
                .and(STAKEHOLDER_INVITATION.CELEBRATION_ID.eq(celebration))
                .orderBy(STAKEHOLDER_INVITATION.ID)
                .fetch(CelebrationRepository::toInvitation);
    }

    Optional<Celebration> byId(OrganizationId organization, UUID id) {
        return dsl.selectFrom(CELEBRATION)
                .where(CELEBRATION.ORGANIZATION_ID.eq(organization.value()))
                .and(CELEBRATION.ID.eq(id))
                .fetchOptional(r -> full(organization, r));
    }

    private Celebration full(OrganizationId organization, CelebrationRecord r) {
        List<Celebration.Reward> rewards = dsl.selectFrom(CELEBRATION_REWARD)
                .where(CELEBRATION_REWARD.ORGANIZATION_ID.eq(organization.value()))
                .and(CELEBRATION_REWARD.CELEBRATION_ID.eq(r.getId()))
                .orderBy(CELEBRATION_REWARD.POSITION)
                .fetch(x -> new Celebration.Reward(Celebration.RewardKind.valueOf(x.getKind()), x.getDescription()));
        List<Celebration.NextStep> steps = dsl.selectFrom(CELEBRATION_NEXT_STEP)
                .where(CELEBRATION_NEXT_STEP.ORGANIZATION_ID.eq(organization.value()))
                .and(CELEBRATION_NEXT_STEP.CELEBRATION_ID.eq(r.getId()))
                .orderBy(CELEBRATION_NEXT_STEP.POSITION)
                .fetch(x -> new Celebration.NextStep(x.getId(), Celebration.NextStepKind.valueOf(x.getKind()), x.getDescription(),
                        x.getGoalId(), x.getVersion()));
        Story story = new Story(r.getStoryContext(), r.getStoryLearning(), Story.decisionsOf(r.getStoryDecisions()), r.getStoryImpact());
        return new Celebration(r.getId(), organization, new MilestoneId(r.getMilestoneId()), new MentorshipId(r.getMentorshipId()),
                r.getProgramId(), r.getRecognition(), CelebrationVisibility.valueOf(r.getVisibility()), story, rewards, steps,
                new PersonId(r.getCreatedBy()), r.getCreatedAt(), r.getRecognitionEditedAt(), r.getVersion());
    }

    private static StakeholderInvitation toInvitation(StakeholderInvitationRecord r) {
        return new StakeholderInvitation(r.getId(), new OrganizationId(r.getOrganizationId()), r.getCelebrationId(), r.getEmail(),
                r.getTokenHash(), r.getExpiresAt(), r.getAuthorName(), r.getWords(), r.getAnsweredAt(),
                r.getEditedAt(), r.getCreatedAt(), r.getVersion());
    }
}
