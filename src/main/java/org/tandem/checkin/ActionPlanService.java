package org.tandem.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.ActionItemDraft;
import org.tandem.checkin.actionplan.ActionItemRepository;
import org.tandem.checkin.actionplan.Resource;
import org.tandem.checkin.actionplan.Risk;
import org.tandem.checkin.actionplan.RiskDraft;
import org.tandem.checkin.actionplan.RiskRepository;
import org.tandem.checkin.page.CheckInReader;
import org.tandem.checkin.CheckInView.ActionItemView;
import org.tandem.checkin.CheckInView.RiskView;
import org.tandem.checkin.page.Views;
import org.tandem.checkin.session.CheckInAccess;
import org.tandem.checkin.session.CheckInMessages;
import org.tandem.checkin.session.CheckInRepository;
import org.tandem.goal.GoalService;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.Pair;
import org.tandem.people.Actor;
import org.tandem.people.PersonId;
import org.tandem.shared.Enums;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * The commitments of a check-in: action items and risks. They outlive the check-in that made them — open ones
 * appear in every next recap — so they are changed by their own id, from any later check-in or between them. A
 * change names the version it was based on; a change by someone else since then is refused, never overwritten.
 */
@Service
public class ActionPlanService {

    private final CheckInAccess access;
    private final ActionItemRepository actionItems;
    private final RiskRepository risks;
    private final CheckInRepository checkIns;
    private final CheckInReader reader;
    private final GoalService goals;
    private final CheckInMessages messages;

    ActionPlanService(CheckInAccess access, ActionItemRepository actionItems, RiskRepository risks, CheckInRepository checkIns,
            CheckInReader reader, GoalService goals, CheckInMessages messages) {
        this.access = access;
        this.actionItems = actionItems;
        this.risks = risks;
        this.checkIns = checkIns;
        this.reader = reader;
        this.goals = goals;
        this.messages = messages;
    }

    /** A resource as typed in: the kind by name, and what exactly is needed. */
    public record ResourceDraft(String kind, String description) {
    }

    @Transactional
    public ActionItemView plan(Actor actor, CheckInId id, String task, PersonId ownerId, LocalDate dueOn, List<ResourceDraft> resources,
            UUID goalId, Instant now) {
        var visible = access.checkIn(actor, id);
        if (goalId != null && goals.activeGoals(actor.organizationId(), visible.mentorship().id(), LocalDate.ofInstant(now, ZoneOffset.UTC)).stream()
                .noneMatch(g -> g.id().value().equals(goalId))) {
            throw new InvalidInputException("goalId", "is not an active goal of this mentorship");
        }
        ActionItem item = ActionItem.plan(visible.checkIn(), new ActionItemDraft(task, ownerId, dueOn, resources(resources), goalId),
                actor.personId(), now);
        actionItems.insert(actor.organizationId(), item, actor.personId());
        messages.partChanged(id, CheckInRoutes.ACTION_ITEMS_ID, null, actor.personId(), false);
        return views(actor, item.pair()).actionItem(item, null);
    }

    public ActionItemView actionItem(Actor actor, UUID itemId) {
        ActionItem item = visibleItem(actor, itemId);
        return views(actor, item.pair()).actionItem(item, null);
    }

    /**
     * OPEN reopens a closed item (or, with a new {@code dueOn}, re-plans an open one), DONE closes it, DROPPED closes
     * it with the reason, which is required. {@code during} names the check-in it happens in; between check-ins, the
     * one in progress, if any, is recorded.
     */
    @Transactional
    public ActionItemView changeActionItem(Actor actor, UUID itemId, String status, String reason, LocalDate dueOn,
            OptionalLong basedOn, CheckInId during, Instant now) {
        ActionItem item = visibleItem(actor, itemId);
        Versions.check("This action item", basedOn, item.version());
        PersonId by = actor.personId();
        CheckInId in = during != null ? during : checkIns.inProgress(actor.organizationId(), item.mentorshipId()).orElse(null);
        if ((status == null || status.isBlank()) && dueOn == null) {
            throw new InvalidInputException("status", "is required: OPEN, DONE or DROPPED (or a new dueOn to re-plan)");
        }
        ActionItem.Status target = Enums.parseOr(ActionItem.Status.class, status, "status", ActionItem.Status.OPEN);
        ActionItem changed = switch (target) {
            case DONE -> item.done(by, in, now);
            case DROPPED -> item.drop(by, reason, in, now);
            case OPEN -> {
                if (item.isOpen()) {
                    if (dueOn == null) {
                        throw new InvalidStateException("This action item is already open; give a new dueOn to re-plan it");
                    }
                    yield item.replan(dueOn, by, now);
                }
                ActionItem reopened = item.reopen(by);
                yield dueOn == null || dueOn.equals(reopened.dueOn()) ? reopened : reopened.replan(dueOn, by, now);
            }
        };
        ActionItem saved = actionItems.update(actor.organizationId(), changed, by, now);
        changed(saved.id(), saved.createdIn(), CheckInRoutes.ACTION_ITEMS_ID, in, by);
        return views(actor, saved.pair()).actionItem(saved, null);
    }

    @Transactional
    public RiskView raise(Actor actor, CheckInId id, String description, Integer likelihood, Integer impact, String support,
            PersonId ownerId, Instant now) {
        var visible = access.checkIn(actor, id);
        Risk risk = Risk.raise(visible.checkIn(), new RiskDraft(description, likelihood, impact, support, ownerId), actor.personId(), now);
        risks.insert(actor.organizationId(), risk, actor.personId());
        messages.partChanged(id, CheckInRoutes.RISKS_ID, null, actor.personId(), false);
        return views(actor, risk.pair()).risk(risk, null);
    }

    public RiskView risk(Actor actor, UUID riskId) {
        Risk risk = visibleRisk(actor, riskId);
        return views(actor, risk.pair()).risk(risk, null);
    }

    /** CLOSED: it passed or was handled (a note is welcome); DROPPED: no longer relevant (reason required); OPEN: reassessed. */
    @Transactional
    public RiskView changeRisk(Actor actor, UUID riskId, String status, String reason, Integer likelihood, Integer impact,
            OptionalLong basedOn, CheckInId during, Instant now) {
        Risk risk = visibleRisk(actor, riskId);
        Versions.check("This risk", basedOn, risk.version());
        PersonId by = actor.personId();
        CheckInId in = during != null ? during : checkIns.inProgress(actor.organizationId(), risk.mentorshipId()).orElse(null);
        Risk.Status target = Enums.parseOr(Risk.Status.class, status, "status", Risk.Status.OPEN);
        Risk changed = switch (target) {
            case CLOSED -> risk.close(by, reason, in, now);
            case DROPPED -> risk.drop(by, reason, in, now);
            case OPEN -> {
                if (!risk.isOpen()) {
                    throw new InvalidStateException("A closed risk is not reopened; raise it again if it comes back");
                }
                yield risk.reassess(likelihood, impact, by);
            }
        };
        Risk saved = risks.update(actor.organizationId(), changed, by, now);
        changed(saved.id(), saved.raisedIn(), CheckInRoutes.RISKS_ID, in, by);
        return views(actor, saved.pair()).risk(saved, null);
    }

    /** Who changed an action item or risk last, for a conflict message that says who it was. */
    public String lastChangedBy(Actor actor, UUID itemOrRiskId) {
        return actionItems.lastChangedBy(actor.organizationId(), itemOrRiskId)
                .or(() -> risks.lastChangedBy(actor.organizationId(), itemOrRiskId))
                .map(person -> reader.views(actor.organizationId(), visiblePair(actor, itemOrRiskId), actor.timeZone()).person(person).displayName())
                .orElse("Someone");
    }

    /**
     * An item changed: the check-in that made it shows it in its plan, the check-in it was changed during (if another)
     * in its recap. Both pages, when open, fetch their part again (decision 0092).
     */
    private void changed(UUID item, CheckInId madeIn, String part, CheckInId during, PersonId by) {
        messages.partChanged(madeIn, part, item.toString(), by, false);
        if (during != null && !during.equals(madeIn)) {
            messages.partChanged(during, CheckInRoutes.RECAP_ID, item.toString(), by, false);
        }
    }

    private Pair visiblePair(Actor actor, UUID id) {
        return actionItems.find(actor.organizationId(), id).map(ActionItem::pair)
                .orElseGet(() -> visibleRisk(actor, id).pair());
    }

    private ActionItem visibleItem(Actor actor, UUID itemId) {
        ActionItem item = actionItems.find(actor.organizationId(), itemId).orElseThrow(() -> new NotFoundException("Action item", itemId));
        access.mentorshipOf(actor, item.mentorshipId(), "Action item", itemId);
        return item;
    }

    private Risk visibleRisk(Actor actor, UUID riskId) {
        Risk risk = risks.find(actor.organizationId(), riskId).orElseThrow(() -> new NotFoundException("Risk", riskId));
        access.mentorshipOf(actor, risk.mentorshipId(), "Risk", riskId);
        return risk;
    }

    private Views views(Actor actor, Pair pair) {
        return reader.views(actor.organizationId(), pair, actor.timeZone());
    }

    private static List<Resource> resources(List<ResourceDraft> drafts) {
        if (drafts == null) {
            return List.of();
        }
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ResourceDraft d = drafts.get(i);
            Resource.Kind kind = d == null ? null : Enums.parseOr(Resource.Kind.class, d.kind(), "resources[" + i + "].kind", null);
            resources.add(new Resource(kind, d == null ? null : d.description()));
        }
        return resources;
    }
}
