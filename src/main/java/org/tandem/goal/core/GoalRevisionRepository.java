package org.tandem.goal.core;

import static org.tandem.db.Tables.GOAL_REVISION;
import static org.tandem.db.Tables.GOAL_REVISION_CHANGE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.GoalRevisionRecord;
import org.tandem.goal.Direction;
import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalRevisionId;
import org.tandem.people.OrganizationId;

/**
 * The revision rows of a goal: each inserted once while proposed and decided once (applied or withdrawn), never
 * touched again; the field changes of an applied one are insert-only. {@link GoalRepository} saves and loads them
 * with their goal.
 */
@Repository
class GoalRevisionRepository {

    private final DSLContext dsl;

    GoalRevisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts revisions the database does not know yet and records the decision of the one that was pending.
     * The decision only matches a PROPOSED row, so a decided revision can never be overwritten.
     */
    void save(OrganizationId organization, Goal goal) {
        if (goal.revisions().isEmpty()) {
            return;
        }
        Map<UUID, String> stored = dsl.select(GOAL_REVISION.ID, GOAL_REVISION.STATUS).from(GOAL_REVISION)
                .where(GOAL_REVISION.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_REVISION.GOAL_ID.eq(goal.id().value()))
                .fetchMap(GOAL_REVISION.ID, GOAL_REVISION.STATUS);
        for (GoalRevision revision : goal.revisions()) {
            String before = stored.get(revision.id().value());
            if (before == null) {
                insertRevision(organization, revision);
            } else if (before.equals(GoalRevision.Status.PROPOSED.name()) && !revision.isPending()) {
                decide(organization, revision);
            }
        }
    }

    private void insertRevision(OrganizationId organization, GoalRevision r) {
        GoalChanges c = r.changes();
        dsl.insertInto(GOAL_REVISION)
                .set(GOAL_REVISION.ID, r.id().value())
                .set(GOAL_REVISION.ORGANIZATION_ID, organization.value())
                .set(GOAL_REVISION.GOAL_ID, r.goalId().value())
                .set(GOAL_REVISION.NUMBER, r.number())
                .set(GOAL_REVISION.STATUS, GoalRevision.Status.PROPOSED.name())
                .set(GOAL_REVISION.CHANGE_TITLE, c.title())
                .set(GOAL_REVISION.CHANGE_STATEMENT, c.statement())
                .set(GOAL_REVISION.CHANGE_KIND, c.kind() == null ? null : c.kind().name())
                .set(GOAL_REVISION.CHANGE_INDICATOR_NAME, c.indicatorName())
                .set(GOAL_REVISION.CHANGE_INDICATOR_UNIT, c.indicatorUnit())
                .set(GOAL_REVISION.CHANGE_BASELINE, c.baseline())
                .set(GOAL_REVISION.CHANGE_TARGET, c.target())
                .set(GOAL_REVISION.CHANGE_DIRECTION, c.direction() == null ? null : c.direction().name())
                .set(GOAL_REVISION.CHANGE_ATTAINABILITY, c.attainability())
                .set(GOAL_REVISION.CHANGE_RELEVANCE, c.relevance())
                .set(GOAL_REVISION.CHANGE_DUE_ON, c.dueOn())
                .set(GOAL_REVISION.RATIONALE, r.rationale())
                .set(GOAL_REVISION.CONTEXT_TEAM_PRIORITIES, r.context().teamPriorities())
                .set(GOAL_REVISION.CONTEXT_CONSTRAINTS, r.context().constraints())
                .set(GOAL_REVISION.CONTEXT_INTERESTS, r.context().interests())
                .set(GOAL_REVISION.RESET_CADENCE, r.resetCadence())
                .set(GOAL_REVISION.PROPOSED_BY, r.proposed().by().value())
                .set(GOAL_REVISION.PROPOSED_AT, r.proposed().at())
                .execute();
        if (!r.isPending()) {
            decide(organization, r);
        }
    }

    private void decide(OrganizationId organization, GoalRevision r) {
        Signature decision = r.status() == GoalRevision.Status.APPLIED ? r.agreed() : r.withdrawn();
        int updated = dsl.update(GOAL_REVISION)
                .set(GOAL_REVISION.STATUS, r.status().name())
                .set(GOAL_REVISION.DECIDED_BY, decision.by().value())
                .set(GOAL_REVISION.DECIDED_AT, decision.at())
                .where(GOAL_REVISION.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_REVISION.ID.eq(r.id().value()))
                .and(GOAL_REVISION.STATUS.eq(GoalRevision.Status.PROPOSED.name()))
                .execute();
        if (updated == 0) {
            // The goal's version check makes this unreachable unless history was edited behind our back.
            throw new IllegalStateException("Revision " + r.id() + " was already decided");
        }
        int position = 0;
        for (FieldChange change : r.fieldChanges()) {
            dsl.insertInto(GOAL_REVISION_CHANGE)
                    .set(GOAL_REVISION_CHANGE.REVISION_ID, r.id().value())
                    .set(GOAL_REVISION_CHANGE.POSITION, position++)
                    .set(GOAL_REVISION_CHANGE.ORGANIZATION_ID, organization.value())
                    .set(GOAL_REVISION_CHANGE.FIELD, change.field())
                    .set(GOAL_REVISION_CHANGE.BEFORE_VALUE, change.before())
                    .set(GOAL_REVISION_CHANGE.AFTER_VALUE, change.after())
                    .execute();
        }
    }

    /** The revisions of the goals with their field changes (a MULTISET, so one query), per goal, oldest first. */
    Map<UUID, List<GoalRevision>> of(OrganizationId organization, Collection<UUID> goalIds) {
        Field<List<FieldChange>> fieldChanges = DSL.multiset(
                        DSL.select(GOAL_REVISION_CHANGE.FIELD, GOAL_REVISION_CHANGE.BEFORE_VALUE, GOAL_REVISION_CHANGE.AFTER_VALUE)
                                .from(GOAL_REVISION_CHANGE)
                                .where(GOAL_REVISION_CHANGE.ORGANIZATION_ID.eq(GOAL_REVISION.ORGANIZATION_ID))
                                .and(GOAL_REVISION_CHANGE.REVISION_ID.eq(GOAL_REVISION.ID))
                                .orderBy(GOAL_REVISION_CHANGE.POSITION))
                .convertFrom(changes -> changes.map(Records.mapping(FieldChange::new)));
        return dsl.select(GOAL_REVISION, fieldChanges).from(GOAL_REVISION)
                .where(GOAL_REVISION.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_REVISION.GOAL_ID.in(goalIds))
                .orderBy(GOAL_REVISION.GOAL_ID, GOAL_REVISION.NUMBER)
                .fetch(row -> toRevision(row.value1(), row.value2()))
                .stream()
                .collect(Collectors.groupingBy(r -> r.goalId().value(), Collectors.toList()));
    }

    private static GoalRevision toRevision(GoalRevisionRecord r, List<FieldChange> fieldChanges) {
        var status = GoalRevision.Status.valueOf(r.getStatus());
        var changes = new GoalChanges(r.getChangeTitle(), r.getChangeStatement(), Columns.parse(r.getChangeKind(), GoalKind::valueOf),
                r.getChangeIndicatorName(), r.getChangeIndicatorUnit(), Columns.plainOrNull(r.getChangeBaseline()), Columns.plainOrNull(r.getChangeTarget()),
                Columns.parse(r.getChangeDirection(), Direction::valueOf), r.getChangeAttainability(), r.getChangeRelevance(), r.getChangeDueOn());
        Signature decision = Columns.signature(r.getDecidedBy(), r.getDecidedAt());
        return new GoalRevision(new GoalRevisionId(r.getId()), new GoalId(r.getGoalId()), r.getNumber(), status, changes,
                r.getRationale(), new RevisionContext(r.getContextTeamPriorities(), r.getContextConstraints(), r.getContextInterests()),
                r.getResetCadence(), Columns.signature(r.getProposedBy(), r.getProposedAt()),
                status == GoalRevision.Status.APPLIED ? decision : null,
                status == GoalRevision.Status.WITHDRAWN ? decision : null, fieldChanges);
    }
}
