package org.tandem.goal.core;

import static org.tandem.db.Tables.GOAL;
import static org.tandem.db.Tables.MENTORSHIP;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.GoalRecord;
import org.tandem.goal.Direction;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalStatus;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/**
 * Owns every SQL statement about the goal row. A goal is stored as one row with its revisions beside it
 * ({@link GoalRevisionRepository}: inserted once, decided once); measurements are {@link MeasurementRepository}'s.
 * Every statement is scoped by the organization. Saving compares and bumps the goal's {@code version}.
 */
@Repository
public class GoalRepository {

    private final DSLContext dsl;
    private final GoalRevisionRepository revisions;
    private final ChangeRequestRepository changeRequests;

    GoalRepository(DSLContext dsl, GoalRevisionRepository revisions, ChangeRequestRepository changeRequests) {
        this.dsl = dsl;
        this.revisions = revisions;
        this.changeRequests = changeRequests;
    }

    // ------------------------------------------------------------------ goals

    void insert(OrganizationId organization, Goal goal) {
        dsl.insertInto(GOAL)
                .set(GOAL.ID, goal.id().value())
                .set(GOAL.ORGANIZATION_ID, organization.value())
                .set(GOAL.MENTORSHIP_ID, goal.mentorshipId().value())
                .set(GOAL.PROPOSED_BY, goal.proposedBy().value())
                .set(GOAL.PROPOSED_AT, goal.proposedAt())
                .set(changingColumns(goal))
                .set(GOAL.VERSION, 0L)
                .execute();
        revisions.save(organization, goal);
        changeRequests.save(organization, goal);
    }

    /**
     * Stores the goal if nobody changed it since it was loaded, and appends what happened to its revisions.
     * Returns the goal as now stored (at the next version).
     */
    Goal update(OrganizationId organization, Goal goal) {
        int updated = dsl.update(GOAL)
                .set(changingColumns(goal))
                .set(GOAL.VERSION, goal.version() + 1)
                .where(GOAL.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL.ID.eq(goal.id().value()))
                .and(GOAL.VERSION.eq(goal.version()))
                .execute();
        Versions.requireWritten(updated, "This goal", () -> currentVersion(organization, goal.id()));
        revisions.save(organization, goal);
        changeRequests.save(organization, goal);
        return find(organization, goal.id()).orElseThrow();
    }

    /**
     * The goal as a row, but for what never changes after the proposal (ids, proposer, version): the terms,
     * the status and its signatures. Insert and update both write these, so a new column is added once.
     */
    private static Map<Field<?>, Object> changingColumns(Goal goal) {
        GoalTerms t = goal.terms();
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(GOAL.TITLE, t.title());
        row.put(GOAL.STATEMENT, t.statement());
        row.put(GOAL.KIND, t.kind().name());
        row.put(GOAL.INDICATOR_NAME, t.indicator().name());
        row.put(GOAL.INDICATOR_UNIT, t.indicator().unit());
        row.put(GOAL.BASELINE, t.indicator().baseline());
        row.put(GOAL.TARGET, t.indicator().target());
        row.put(GOAL.DIRECTION, t.indicator().direction().name());
        row.put(GOAL.ATTAINABILITY, t.attainability());
        row.put(GOAL.RELEVANCE, t.relevance());
        row.put(GOAL.DUE_ON, t.dueOn());
        row.put(GOAL.STATUS, goal.status().name());
        row.put(GOAL.AGREED_BY, goal.agreedBy().map(PersonId::value).orElse(null));
        row.put(GOAL.AGREED_AT, goal.agreedAt().orElse(null));
        row.put(GOAL.CLOSED_BY, goal.closed().map(s -> s.by().value()).orElse(null));
        row.put(GOAL.CLOSED_AT, goal.closed().map(s -> s.at()).orElse(null));
        row.put(GOAL.RETIRED_BECAUSE, goal.retiredBecause().orElse(null));
        row.put(GOAL.ACHIEVEMENT_PROPOSED_BY, goal.achievement().map(a -> a.proposedBy().value()).orElse(null));
        row.put(GOAL.ACHIEVEMENT_PROPOSED_AT, goal.achievement().map(a -> a.proposedAt()).orElse(null));
        row.put(GOAL.ACHIEVEMENT_EVIDENCE, goal.achievement().map(Achievement::evidence).orElse(null));
        return row;
    }

    /** The version stored now, or -1 when the goal is gone. */
    private long currentVersion(OrganizationId organization, GoalId id) {
        Long current = dsl.select(GOAL.VERSION).from(GOAL)
                .where(GOAL.ORGANIZATION_ID.eq(organization.value())).and(GOAL.ID.eq(id.value()))
                .fetchOne(GOAL.VERSION);
        return current == null ? -1 : current;
    }

    public Optional<Goal> find(OrganizationId organization, GoalId id) {
        return load(organization, GOAL.ID.eq(id.value()), 1).stream().findFirst();
    }

    /** The goals of a mentorship, oldest first, one page at a time. */
    public List<Goal> ofMentorship(OrganizationId organization, MentorshipId mentorship, PageRequest page) {
        Condition condition = GOAL.MENTORSHIP_ID.eq(mentorship.value());
        if (page.after().isPresent()) {
            condition = condition.and(GOAL.ID.gt(page.after().get()));
        }
        return load(organization, condition, page.fetchSize());
    }

    public List<Goal> ofMentorship(OrganizationId organization, MentorshipId mentorship) {
        return load(organization, GOAL.MENTORSHIP_ID.eq(mentorship.value()), 0);
    }

    public List<Goal> ofMentorship(OrganizationId organization, MentorshipId mentorship, GoalStatus status) {
        return load(organization, GOAL.MENTORSHIP_ID.eq(mentorship.value()).and(GOAL.STATUS.eq(status.name())), 0);
    }

    public Map<GoalStatus, Integer> countByStatus(OrganizationId organization, MentorshipId mentorship) {
        Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
        for (GoalStatus status : GoalStatus.values()) {
            counts.put(status, 0);
        }
        dsl.select(GOAL.STATUS, DSL.count()).from(GOAL)
                .where(GOAL.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL.MENTORSHIP_ID.eq(mentorship.value()))
                .groupBy(GOAL.STATUS)
                .forEach(r -> counts.put(GoalStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    /** Goals with their pair and revision history, oldest first; {@code limit} 0 means all. */
    private List<Goal> load(OrganizationId organization, Condition condition, int limit) {
        var query = dsl.select(GOAL.asterisk(), MENTORSHIP.MENTOR_ID, MENTORSHIP.MENTEE_ID)
                .from(GOAL)
                .join(MENTORSHIP).on(MENTORSHIP.ORGANIZATION_ID.eq(GOAL.ORGANIZATION_ID)).and(MENTORSHIP.ID.eq(GOAL.MENTORSHIP_ID))
                .where(GOAL.ORGANIZATION_ID.eq(organization.value()))
                .and(condition)
                .orderBy(GOAL.ID);
        List<Record> rows = limit > 0 ? query.limit(limit).fetch() : query.fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.get(GOAL.ID)).toList();
        Map<UUID, List<GoalRevision>> revisionsByGoal = revisions.of(organization, ids);
        Map<UUID, List<ChangeRequest>> requestsByGoal = changeRequests.of(organization, ids);
        return rows.stream().map(row -> {
            GoalRecord g = row.into(GOAL);
            var pair = new Pair(new PersonId(row.get(MENTORSHIP.MENTOR_ID)), new PersonId(row.get(MENTORSHIP.MENTEE_ID)));
            var terms = new GoalTerms(g.getTitle(), g.getStatement(), GoalKind.valueOf(g.getKind()),
                    new Indicator(g.getIndicatorName(), g.getIndicatorUnit(), Columns.plain(g.getBaseline()), Columns.plain(g.getTarget()),
                            Direction.valueOf(g.getDirection())),
                    g.getAttainability(), g.getRelevance(), g.getDueOn());
            return Goal.restore(new GoalId(g.getId()), new MentorshipId(g.getMentorshipId()), pair, terms, GoalStatus.valueOf(g.getStatus()),
                    Columns.signature(g.getProposedBy(), g.getProposedAt()), Columns.signature(g.getAgreedBy(), g.getAgreedAt()),
                    Columns.signature(g.getClosedBy(), g.getClosedAt()), g.getRetiredBecause(), achievement(g),
                    new GoalRevisions(revisionsByGoal.getOrDefault(g.getId(), List.of())),
                    requestsByGoal.getOrDefault(g.getId(), List.of()), g.getVersion());
        }).toList();
    }

    private static Achievement achievement(GoalRecord g) {
        Signature proposed = Columns.signature(g.getAchievementProposedBy(), g.getAchievementProposedAt());
        return proposed == null ? null : new Achievement(proposed, g.getAchievementEvidence());
    }
}
