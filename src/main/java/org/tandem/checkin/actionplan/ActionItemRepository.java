package org.tandem.checkin.actionplan;

import static org.tandem.db.Tables.ACTION_ITEM;
import static org.tandem.db.Tables.ACTION_ITEM_RESOURCE;
import static org.tandem.db.Tables.CHECK_IN;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.support.Sql;
import org.tandem.db.tables.records.ActionItemResourceRecord;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Versions;

/**
 * Owns the SQL of action items. The pair an item belongs to is read from the check-in that created it, so it is
 * stored once. Updates compare the version the change was based on.
 */
@Repository
public class ActionItemRepository {

    private final DSLContext dsl;

    ActionItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(OrganizationId organization, ActionItem item, PersonId by) {
        dsl.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.ID, item.id())
                .set(ACTION_ITEM.ORGANIZATION_ID, organization.value())
                .set(ACTION_ITEM.MENTORSHIP_ID, item.mentorshipId().value())
                .set(ACTION_ITEM.CREATED_IN, item.createdIn().value())
                .set(ACTION_ITEM.TASK, item.task())
                .set(ACTION_ITEM.OWNER_ID, item.owner().value())
                .set(ACTION_ITEM.DUE_ON, item.dueOn())
                .set(ACTION_ITEM.GOAL_ID, item.goalId())
                .set(ACTION_ITEM.STATUS, item.status().name())
                .set(ACTION_ITEM.CREATED_BY, by.value())
                .set(ACTION_ITEM.CREATED_AT, item.createdAt())
                .set(ACTION_ITEM.UPDATED_BY, by.value())
                .set(ACTION_ITEM.UPDATED_AT, item.createdAt())
                .set(ACTION_ITEM.VERSION, 0L)
                .execute();
        for (int i = 0; i < item.resources().size(); i++) {
            Resource resource = item.resources().get(i);
            dsl.insertInto(ACTION_ITEM_RESOURCE)
                    .set(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID, item.id())
                    .set(ACTION_ITEM_RESOURCE.POSITION, i)
                    .set(ACTION_ITEM_RESOURCE.ORGANIZATION_ID, organization.value())
                    .set(ACTION_ITEM_RESOURCE.KIND, resource.kind().name())
                    .set(ACTION_ITEM_RESOURCE.DESCRIPTION, resource.description())
                    .execute();
        }
    }

    /** Saves a status or date change made on the version the item was read at; returns it at its new version. */
    public ActionItem update(OrganizationId organization, ActionItem item, PersonId by, Instant now) {
        Closure closure = item.closure();
        ActionItem.Replan replan = item.lastReplan();
        int updated = dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.STATUS, item.status().name())
                .set(ACTION_ITEM.DUE_ON, item.dueOn())
                .set(ACTION_ITEM.CLOSED_BY, closure == null ? null : Sql.id(closure.by()))
                .set(ACTION_ITEM.CLOSED_AT, closure == null ? null : closure.at())
                .set(ACTION_ITEM.CLOSED_IN, closure == null || closure.in() == null ? null : closure.in().value())
                .set(ACTION_ITEM.CLOSE_REASON, closure == null ? null : closure.reason())
                .set(ACTION_ITEM.REPLANNED_FROM, replan == null ? null : replan.from())
                .set(ACTION_ITEM.REPLANNED_TO, replan == null ? null : replan.to())
                .set(ACTION_ITEM.REPLANNED_BY, replan == null ? null : Sql.id(replan.by()))
                .set(ACTION_ITEM.REPLANNED_AT, replan == null ? null : replan.at())
                .set(ACTION_ITEM.UPDATED_BY, by.value())
                .set(ACTION_ITEM.UPDATED_AT, now)
                .set(ACTION_ITEM.VERSION, item.version() + 1)
                .where(ACTION_ITEM.ORGANIZATION_ID.eq(organization.value()))
                .and(ACTION_ITEM.ID.eq(item.id()))
                .and(ACTION_ITEM.VERSION.eq(item.version()))
                .execute();
        Versions.requireWritten(updated, "This action item", () -> find(organization, item.id()).map(ActionItem::version).orElse(-1L));
        return find(organization, item.id()).orElseThrow();
    }

    public Optional<ActionItem> find(OrganizationId organization, UUID id) {
        return load(organization, ACTION_ITEM.ID.eq(id)).stream().findFirst();
    }

    /** Who last changed the item: the conflict message names them. */
    public Optional<PersonId> lastChangedBy(OrganizationId organization, UUID id) {
        return dsl.select(ACTION_ITEM.UPDATED_BY).from(ACTION_ITEM)
                .where(ACTION_ITEM.ORGANIZATION_ID.eq(organization.value())).and(ACTION_ITEM.ID.eq(id))
                .fetchOptional(r -> new PersonId(r.value1()));
    }

    public List<ActionItem> createdIn(OrganizationId organization, CheckInId checkIn) {
        return load(organization, ACTION_ITEM.CREATED_IN.eq(checkIn.value()));
    }

    /**
     * What the carry-over and the review can need: every open item of the mentorship, however old, and those
     * closed after {@code since}. Items closed before it were seen in an earlier check-in.
     */
    public List<ActionItem> openOrClosedSince(OrganizationId organization, MentorshipId mentorship, Instant since) {
        return load(organization, ACTION_ITEM.MENTORSHIP_ID.eq(mentorship.value())
                .and(ACTION_ITEM.STATUS.eq(ActionItem.Status.OPEN.name()).or(ACTION_ITEM.CLOSED_AT.gt(since))));
    }

    /** Items linked to the goal and marked done between the two days (inclusive, UTC). */
    int doneForGoal(OrganizationId organization, UUID goalId, java.time.LocalDate from, java.time.LocalDate to) {
        return dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.ORGANIZATION_ID.eq(organization.value())
                .and(ACTION_ITEM.GOAL_ID.eq(goalId))
                .and(ACTION_ITEM.STATUS.eq(ActionItem.Status.DONE.name()))
                .and(ACTION_ITEM.CLOSED_AT.ge(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .and(ACTION_ITEM.CLOSED_AT.lt(to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
    }

    /** An open item as a reminder needs it, across organizations. */
    public record Due(OrganizationId organization, UUID id, PersonId owner, String task, java.time.LocalDate dueOn) {
    }

    /** Open items of every organization due on or before {@code lastDay}, for the reminder job. */
    public List<Due> openDueByEverywhere(java.time.LocalDate lastDay) {
        return dsl.select(ACTION_ITEM.ORGANIZATION_ID, ACTION_ITEM.ID, ACTION_ITEM.OWNER_ID, ACTION_ITEM.TASK, ACTION_ITEM.DUE_ON)
                .from(ACTION_ITEM)
                .where(ACTION_ITEM.STATUS.eq(ActionItem.Status.OPEN.name()))
                .and(ACTION_ITEM.DUE_ON.le(lastDay))
                .orderBy(ACTION_ITEM.ORGANIZATION_ID, ACTION_ITEM.OWNER_ID, ACTION_ITEM.DUE_ON, ACTION_ITEM.ID)
                .fetch(r -> new Due(new OrganizationId(r.value1()), r.value2(), Sql.person(r.value3()), r.value4(), r.value5()));
    }

    public List<ActionItem> ownedBy(OrganizationId organization, PersonId owner) {
        return load(organization, ACTION_ITEM.OWNER_ID.eq(owner.value()));
    }

    public List<ActionItem> openOwnedBy(OrganizationId organization, PersonId owner) {
        return load(organization, ACTION_ITEM.OWNER_ID.eq(owner.value()).and(ACTION_ITEM.STATUS.eq(ActionItem.Status.OPEN.name())));
    }

    private List<ActionItem> load(OrganizationId organization, Condition condition) {
        var rows = dsl.select(ACTION_ITEM.asterisk(), CHECK_IN.MENTOR_ID, CHECK_IN.MENTEE_ID)
                .from(ACTION_ITEM)
                .join(CHECK_IN).on(CHECK_IN.ID.eq(ACTION_ITEM.CREATED_IN)).and(CHECK_IN.ORGANIZATION_ID.eq(ACTION_ITEM.ORGANIZATION_ID))
                .where(ACTION_ITEM.ORGANIZATION_ID.eq(organization.value()))
                .and(condition)
                .orderBy(ACTION_ITEM.DUE_ON, ACTION_ITEM.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, ? extends List<ActionItemResourceRecord>> resources = dsl.selectFrom(ACTION_ITEM_RESOURCE)
                .where(ACTION_ITEM_RESOURCE.ORGANIZATION_ID.eq(organization.value()))
                .and(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID.in(rows.stream().map(r -> r.get(ACTION_ITEM.ID)).toList()))
                .orderBy(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID, ACTION_ITEM_RESOURCE.POSITION)
                .fetchGroups(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID);
        return rows.stream().map(r -> toItem(r, resources.containsKey(r.get(ACTION_ITEM.ID)) ? resources.get(r.get(ACTION_ITEM.ID)) : List.of())).toList();
    }

    private static ActionItem toItem(Record r, List<ActionItemResourceRecord> resources) {
        var closure = r.get(ACTION_ITEM.CLOSED_AT) == null ? null : new Closure(Sql.person(r.get(ACTION_ITEM.CLOSED_BY)),
                r.get(ACTION_ITEM.CLOSED_AT), Sql.checkIn(r.get(ACTION_ITEM.CLOSED_IN)), r.get(ACTION_ITEM.CLOSE_REASON));
        var replan = r.get(ACTION_ITEM.REPLANNED_AT) == null ? null : new ActionItem.Replan(r.get(ACTION_ITEM.REPLANNED_FROM),
                r.get(ACTION_ITEM.REPLANNED_TO), Sql.person(r.get(ACTION_ITEM.REPLANNED_BY)), r.get(ACTION_ITEM.REPLANNED_AT));
        return new ActionItem(r.get(ACTION_ITEM.ID), new MentorshipId(r.get(ACTION_ITEM.MENTORSHIP_ID)),
                new Pair(Sql.person(r.get(CHECK_IN.MENTOR_ID)), Sql.person(r.get(CHECK_IN.MENTEE_ID))),
                new CheckInId(r.get(ACTION_ITEM.CREATED_IN)), r.get(ACTION_ITEM.TASK), Sql.person(r.get(ACTION_ITEM.OWNER_ID)),
                r.get(ACTION_ITEM.DUE_ON), resources.stream().map(res -> new Resource(Resource.Kind.valueOf(res.getKind()), res.getDescription())).toList(),
                r.get(ACTION_ITEM.GOAL_ID), ActionItem.Status.valueOf(r.get(ACTION_ITEM.STATUS)), r.get(ACTION_ITEM.CREATED_AT),
                closure, replan, r.get(ACTION_ITEM.VERSION));
    }
}
