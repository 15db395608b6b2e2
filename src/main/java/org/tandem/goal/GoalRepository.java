package org.tandem.goal;

import static org.tandem.db.Tables.GOAL;
import static org.tandem.db.Tables.GOAL_MEASUREMENT;
import static org.tandem.db.Tables.GOAL_REVISION;
import static org.tandem.db.Tables.GOAL_REVISION_CHANGE;
import static org.tandem.db.Tables.MENTORSHIP;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.GoalMeasurementRecord;
import org.tandem.db.tables.records.GoalRecord;
import org.tandem.db.tables.records.GoalRevisionChangeRecord;
import org.tandem.db.tables.records.GoalRevisionRecord;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/**
 * Owns every SQL statement about goals. A goal is stored as one row, its revisions as rows that are inserted
 * once and decided once (never touched again), their field changes insert-only, and measurements insert-only.
 * Every statement is scoped by the organization. Saving compares and bumps the goal's {@code version}.
 */
@Repository
class GoalRepository {

    private final DSLContext dsl;

    GoalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ------------------------------------------------------------------ goals

    void insert(OrganizationId organization, Goal goal) {
        dsl.insertInto(GOAL)
                .set(GOAL.ID, goal.id().value())
                .set(GOAL.ORGANIZATION_ID, organization.value())
                .set(GOAL.MENTORSHIP_ID, goal.mentorshipId().value())
                .set(GOAL.PROPOSED_BY, goal.proposedBy().value())
                .set(GOAL.PROPOSED_AT, utc(goal.proposedAt()))
                .set(changingColumns(goal))
                .set(GOAL.VERSION, 0L)
                .execute();
        saveRevisions(organization, goal);
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
        saveRevisions(organization, goal);
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
        row.put(GOAL.AGREED_AT, goal.agreedAt().map(GoalRepository::utc).orElse(null));
        row.put(GOAL.CLOSED_BY, goal.closed().map(s -> s.by().value()).orElse(null));
        row.put(GOAL.CLOSED_AT, goal.closed().map(s -> utc(s.at())).orElse(null));
        row.put(GOAL.RETIRED_BECAUSE, goal.retiredBecause().orElse(null));
        return row;
    }

    /** The version stored now, or -1 when the goal is gone. */
    private long currentVersion(OrganizationId organization, GoalId id) {
        Long current = dsl.select(GOAL.VERSION).from(GOAL)
                .where(GOAL.ORGANIZATION_ID.eq(organization.value())).and(GOAL.ID.eq(id.value()))
                .fetchOne(GOAL.VERSION);
        return current == null ? -1 : current;
    }

    Optional<Goal> find(OrganizationId organization, GoalId id) {
        return load(organization, GOAL.ID.eq(id.value()), 1).stream().findFirst();
    }

    /** The goals of a mentorship, oldest first, one page at a time. */
    List<Goal> ofMentorship(OrganizationId organization, MentorshipId mentorship, PageRequest page) {
        Condition condition = GOAL.MENTORSHIP_ID.eq(mentorship.value());
        if (page.after().isPresent()) {
            condition = condition.and(GOAL.ID.gt(page.after().get()));
        }
        return load(organization, condition, page.fetchSize());
    }

    List<Goal> ofMentorship(OrganizationId organization, MentorshipId mentorship) {
        return load(organization, GOAL.MENTORSHIP_ID.eq(mentorship.value()), 0);
    }

    List<Goal> ofMentorship(OrganizationId organization, MentorshipId mentorship, GoalStatus status) {
        return load(organization, GOAL.MENTORSHIP_ID.eq(mentorship.value()).and(GOAL.STATUS.eq(status.name())), 0);
    }

    Map<GoalStatus, Integer> countByStatus(OrganizationId organization, MentorshipId mentorship) {
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
        Map<UUID, List<GoalRevision>> revisions = revisionsOf(organization, rows.stream().map(r -> r.get(GOAL.ID)).toList());
        return rows.stream().map(row -> {
            GoalRecord g = row.into(GOAL);
            var pair = new Pair(new MentorshipId(g.getMentorshipId()), new PersonId(row.get(MENTORSHIP.MENTOR_ID)),
                    new PersonId(row.get(MENTORSHIP.MENTEE_ID)));
            var terms = new GoalTerms(g.getTitle(), g.getStatement(), GoalKind.valueOf(g.getKind()),
                    new Indicator(g.getIndicatorName(), g.getIndicatorUnit(), plain(g.getBaseline()), plain(g.getTarget()),
                            Direction.valueOf(g.getDirection())),
                    g.getAttainability(), g.getRelevance(), g.getDueOn());
            return Goal.restore(new GoalId(g.getId()), pair, terms, GoalStatus.valueOf(g.getStatus()),
                    signature(g.getProposedBy(), g.getProposedAt()), signature(g.getAgreedBy(), g.getAgreedAt()),
                    signature(g.getClosedBy(), g.getClosedAt()), g.getRetiredBecause(),
                    new GoalRevisions(revisions.getOrDefault(g.getId(), List.of())), g.getVersion());
        }).toList();
    }

    // -------------------------------------------------------------- revisions

    /**
     * Inserts revisions the database does not know yet and records the decision of the one that was pending.
     * The decision only matches a PROPOSED row, so a decided revision can never be overwritten.
     */
    private void saveRevisions(OrganizationId organization, Goal goal) {
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
                .set(GOAL_REVISION.PROPOSED_AT, utc(r.proposed().at()))
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
                .set(GOAL_REVISION.DECIDED_AT, utc(decision.at()))
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

    private Map<UUID, List<GoalRevision>> revisionsOf(OrganizationId organization, Collection<UUID> goalIds) {
        List<GoalRevisionRecord> rows = dsl.selectFrom(GOAL_REVISION)
                .where(GOAL_REVISION.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_REVISION.GOAL_ID.in(goalIds))
                .orderBy(GOAL_REVISION.GOAL_ID, GOAL_REVISION.NUMBER)
                .fetch();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Set<UUID> applied = rows.stream().filter(r -> r.getStatus().equals(GoalRevision.Status.APPLIED.name()))
                .map(GoalRevisionRecord::getId).collect(Collectors.toSet());
        Map<UUID, List<FieldChange>> changes = applied.isEmpty() ? Map.of() : dsl.selectFrom(GOAL_REVISION_CHANGE)
                .where(GOAL_REVISION_CHANGE.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_REVISION_CHANGE.REVISION_ID.in(applied))
                .orderBy(GOAL_REVISION_CHANGE.REVISION_ID, GOAL_REVISION_CHANGE.POSITION)
                .stream()
                .collect(Collectors.groupingBy(GoalRevisionChangeRecord::getRevisionId,
                        Collectors.mapping(c -> new FieldChange(c.getField(), c.getBeforeValue(), c.getAfterValue()), Collectors.toList())));
        return rows.stream().collect(Collectors.groupingBy(GoalRevisionRecord::getGoalId,
                Collectors.mapping(r -> toRevision(r, changes.getOrDefault(r.getId(), List.of())), Collectors.toList())));
    }

    private static GoalRevision toRevision(GoalRevisionRecord r, List<FieldChange> fieldChanges) {
        var status = GoalRevision.Status.valueOf(r.getStatus());
        var changes = new GoalChanges(r.getChangeTitle(), r.getChangeStatement(), parse(r.getChangeKind(), GoalKind::valueOf),
                r.getChangeIndicatorName(), r.getChangeIndicatorUnit(), plainOrNull(r.getChangeBaseline()), plainOrNull(r.getChangeTarget()),
                parse(r.getChangeDirection(), Direction::valueOf), r.getChangeAttainability(), r.getChangeRelevance(), r.getChangeDueOn());
        Signature decision = signature(r.getDecidedBy(), r.getDecidedAt());
        return new GoalRevision(new GoalRevisionId(r.getId()), new GoalId(r.getGoalId()), r.getNumber(), status, changes,
                r.getRationale(), new RevisionContext(r.getContextTeamPriorities(), r.getContextConstraints(), r.getContextInterests()),
                r.getResetCadence(), signature(r.getProposedBy(), r.getProposedAt()),
                status == GoalRevision.Status.APPLIED ? decision : null,
                status == GoalRevision.Status.WITHDRAWN ? decision : null, fieldChanges);
    }

    // ----------------------------------------------------------- measurements

    void insert(OrganizationId organization, Measurement m) {
        dsl.insertInto(GOAL_MEASUREMENT)
                .set(GOAL_MEASUREMENT.ID, m.id().value())
                .set(GOAL_MEASUREMENT.ORGANIZATION_ID, organization.value())
                .set(GOAL_MEASUREMENT.GOAL_ID, m.goalId().value())
                .set(GOAL_MEASUREMENT.MEASURED_VALUE, m.value())
                .set(GOAL_MEASUREMENT.OBSERVED_ON, m.observedOn())
                .set(GOAL_MEASUREMENT.NOTE, m.note())
                .set(GOAL_MEASUREMENT.RECORDED_BY, m.recordedBy().value())
                .set(GOAL_MEASUREMENT.RECORDED_AT, utc(m.recordedAt()))
                .execute();
    }

    /** All measurements of a goal, oldest observation first. */
    List<Measurement> measurements(OrganizationId organization, GoalId goal) {
        return measurements(organization, List.of(goal)).getOrDefault(goal, List.of());
    }

    Map<GoalId, List<Measurement>> measurements(OrganizationId organization, Collection<GoalId> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(GOAL_MEASUREMENT)
                .where(GOAL_MEASUREMENT.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_MEASUREMENT.GOAL_ID.in(goals.stream().map(GoalId::value).toList()))
                .orderBy(GOAL_MEASUREMENT.OBSERVED_ON, GOAL_MEASUREMENT.RECORDED_AT, GOAL_MEASUREMENT.ID)
                .stream()
                .map(GoalRepository::toMeasurement)
                .collect(Collectors.groupingBy(Measurement::goalId, Collectors.toList()));
    }

    /** One page of a goal's measurements in the order they were observed; the cursor is the last id seen. */
    List<Measurement> measurements(OrganizationId organization, GoalId goal, PageRequest page) {
        Condition condition = GOAL_MEASUREMENT.ORGANIZATION_ID.eq(organization.value()).and(GOAL_MEASUREMENT.GOAL_ID.eq(goal.value()));
        if (page.after().isPresent()) {
            var m = GOAL_MEASUREMENT.as("after_m");
            condition = condition.and(DSL.row(GOAL_MEASUREMENT.OBSERVED_ON, GOAL_MEASUREMENT.RECORDED_AT, GOAL_MEASUREMENT.ID)
                    .gt(DSL.select(m.OBSERVED_ON, m.RECORDED_AT, m.ID).from(m)
                            .where(m.ORGANIZATION_ID.eq(organization.value())).and(m.ID.eq(page.after().get()))));
        }
        return dsl.selectFrom(GOAL_MEASUREMENT).where(condition)
                .orderBy(GOAL_MEASUREMENT.OBSERVED_ON, GOAL_MEASUREMENT.RECORDED_AT, GOAL_MEASUREMENT.ID)
                .limit(page.fetchSize())
                .fetch(GoalRepository::toMeasurement);
    }

    Optional<Measurement> measurement(OrganizationId organization, GoalId goal, MeasurementId id) {
        return dsl.selectFrom(GOAL_MEASUREMENT)
                .where(GOAL_MEASUREMENT.ORGANIZATION_ID.eq(organization.value()))
                .and(GOAL_MEASUREMENT.GOAL_ID.eq(goal.value()))
                .and(GOAL_MEASUREMENT.ID.eq(id.value()))
                .fetchOptional(GoalRepository::toMeasurement);
    }

    private static Measurement toMeasurement(GoalMeasurementRecord r) {
        return new Measurement(new MeasurementId(r.getId()), new GoalId(r.getGoalId()), plain(r.getMeasuredValue()), r.getObservedOn(),
                r.getNote(), new PersonId(r.getRecordedBy()), r.getRecordedAt().toInstant());
    }

    // ---------------------------------------------------------------- helpers

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Signature signature(UUID by, OffsetDateTime at) {
        return by == null || at == null ? null : new Signature(new PersonId(by), at.toInstant());
    }

    private static <E> E parse(String value, Function<String, E> parser) {
        return value == null ? null : parser.apply(value);
    }

    /** numeric(19,4) comes back as 40.0000; the domain and the API want 40. */
    private static BigDecimal plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    private static BigDecimal plainOrNull(BigDecimal value) {
        return value == null ? null : plain(value);
    }
}
