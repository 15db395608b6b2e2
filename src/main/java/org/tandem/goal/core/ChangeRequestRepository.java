package org.tandem.goal.core;

import static org.tandem.db.Tables.GOAL_CHANGE_REQUEST;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.GoalChangeRequestRecord;
import org.tandem.goal.GoalChangesAsked.Subject;
import org.tandem.goal.GoalRevisionId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/**
 * The requests for changes of a goal (decision 0094): each inserted once when asked and answered once by an update that
 * only matches an unanswered row, never touched again. {@link GoalRepository} saves and loads them with their goal.
 */
@Repository
class ChangeRequestRepository {

    private final DSLContext dsl;

    ChangeRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void save(OrganizationId organization, Goal goal) {
        if (goal.changeRequests().isEmpty()) {
            return;
        }
        Map<UUID, Boolean> storedOpen = dsl.select(GOAL_CHANGE_REQUEST.ID, GOAL_CHANGE_REQUEST.ANSWERED_AT.isNull())
                .from(GOAL_CHANGE_REQUEST)
                .where(GOAL_CHANGE_REQUEST.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_CHANGE_REQUEST.GOAL_ID.eq(goal.id().value()))
                .fetchMap(r -> r.value1(), r -> r.value2());
        for (ChangeRequest request : goal.changeRequests()) {
            Boolean open = storedOpen.get(request.id());
            if (open == null) {
                insert(organization, goal, request);
            } else if (open && !request.isOpen()) {
                answer(organization, request);
            }
        }
    }

    private void insert(OrganizationId organization, Goal goal, ChangeRequest r) {
        dsl.insertInto(GOAL_CHANGE_REQUEST)
                .set(GOAL_CHANGE_REQUEST.ID, r.id())
                .set(GOAL_CHANGE_REQUEST.ORGANIZATION_ID, organization.value())
                .set(GOAL_CHANGE_REQUEST.GOAL_ID, goal.id().value())
                .set(GOAL_CHANGE_REQUEST.SUBJECT, r.subject().name())
                .set(GOAL_CHANGE_REQUEST.REVISION_ID, r.revision() == null ? null : r.revision().value())
                .set(GOAL_CHANGE_REQUEST.PROPOSED_BY, r.proposedBy().value())
                .set(GOAL_CHANGE_REQUEST.ASKED_BY, r.askedBy().value())
                .set(GOAL_CHANGE_REQUEST.ASKED_AT, r.asked().at())
                .set(GOAL_CHANGE_REQUEST.COMMENT_TEXT, r.comment())
                .execute();
        if (!r.isOpen()) {
            answer(organization, r);
        }
    }

    private void answer(OrganizationId organization, ChangeRequest r) {
        int updated = dsl.update(GOAL_CHANGE_REQUEST)
                .set(GOAL_CHANGE_REQUEST.ANSWERED_BY, r.answered().by().value())
                .set(GOAL_CHANGE_REQUEST.ANSWERED_AT, r.answered().at())
                .set(GOAL_CHANGE_REQUEST.ANSWER, r.answer().name())
                .set(GOAL_CHANGE_REQUEST.CHANGED_FIELDS, r.changedFields().isEmpty() ? null : String.join(",", r.changedFields()))
                .where(GOAL_CHANGE_REQUEST.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_CHANGE_REQUEST.ID.eq(r.id()))
                .and(GOAL_CHANGE_REQUEST.ANSWERED_AT.isNull())
                .execute();
        if (updated == 0) {
            // The goal's version check makes this unreachable unless history was edited behind our back.
            throw new IllegalStateException("Change request " + r.id() + " was already answered");
        }
    }

    /** The requests of the goals, per goal, oldest first. */
    Map<UUID, List<ChangeRequest>> of(OrganizationId organization, Collection<UUID> goalIds) {
        return dsl.selectFrom(GOAL_CHANGE_REQUEST)
                .where(GOAL_CHANGE_REQUEST.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_CHANGE_REQUEST.GOAL_ID.in(goalIds))
                .orderBy(GOAL_CHANGE_REQUEST.GOAL_ID, GOAL_CHANGE_REQUEST.ASKED_AT, GOAL_CHANGE_REQUEST.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(GoalChangeRequestRecord::getGoalId,
                        Collectors.mapping(ChangeRequestRepository::toRequest, Collectors.toList())));
    }

    private static ChangeRequest toRequest(GoalChangeRequestRecord r) {
        String fields = r.getChangedFields();
        return new ChangeRequest(r.getId(), Subject.valueOf(r.getSubject()),
                r.getRevisionId() == null ? null : new GoalRevisionId(r.getRevisionId()), new PersonId(r.getProposedBy()),
                Columns.signature(r.getAskedBy(), r.getAskedAt()), r.getCommentText(), Columns.signature(r.getAnsweredBy(), r.getAnsweredAt()),
                Columns.parse(r.getAnswer(), ChangeRequest.Answer::valueOf), fields == null ? List.of() : Arrays.asList(fields.split(",")));
    }
}
