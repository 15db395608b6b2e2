package org.tandem.goal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalChangesAsked;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.Signal;
import org.tandem.goal.SignalKind;
import org.tandem.goal.api.GoalBodies.ContextBody;
import org.tandem.goal.api.GoalBodies.GoalBody;
import org.tandem.goal.api.GoalBodies.IndicatorBody;
import org.tandem.goal.core.Decimals;
import org.tandem.goal.core.Goal;
import org.tandem.goal.signals.GoalReads;
import org.springframework.http.ResponseEntity;
import org.tandem.people.Actor;
import org.tandem.shared.ApiResponses;
import org.tandem.goal.core.GoalRevision;
import org.tandem.goal.core.GoalTerms;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.Measurement;
import org.tandem.goal.core.RevisionContext;
import org.tandem.goal.core.Signature;
import org.tandem.goal.signals.GoalState;
import org.tandem.goal.signals.Progress;
import org.tandem.goal.smart.SmartVerdict;
import org.tandem.mentorship.FeedbackStyle;
import org.tandem.mentorship.LearningModality;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.PersonId;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;

/**
 * The JSON shapes of the goal API (API.md, Goals) and their mapping from the domain, with people's names looked
 * up once per answer. Request bodies map to the domain's drafts here, so every controller reads them the same way.
 */
@Component
public class GoalJson {

    private final PeopleService people;
    private final GoalReads reads;

    GoalJson(PeopleService people, GoalReads reads) {
        this.people = people;
        this.reads = reads;
    }

    /** The answer of every write to a goal: the goal as the actor now reads it, its version as the ETag. */
    ResponseEntity<GoalResource> current(Actor actor, Goal goal) {
        return ApiResponses.current(goal.version(), goal(actor.organizationId(), reads.state(actor, goal.id())));
    }

    // ----------------------------------------------------------------- answers

    record PersonRef(UUID id, String displayName) {
    }

    record Verdict(boolean ok, String message) {
    }

    record Smart(Verdict specific, Verdict measurable, Verdict attainable, Verdict relevant, Verdict timeBound) {

        static Smart of(SmartVerdict v) {
            return new Smart(verdict(v.specific()), verdict(v.measurable()), verdict(v.attainable()), verdict(v.relevant()),
                    verdict(v.timeBound()));
        }

        private static Verdict verdict(SmartVerdict.Verdict v) {
            return new Verdict(v.ok(), v.message());
        }
    }

    record SmartAnswer(Smart smart) {
    }

    record Projection(String basis, BigDecimal valueAtDue, boolean reachesTarget, LocalDate targetReachedOn) {
    }

    record ProgressJson(BigDecimal latest, LocalDate latestOn, int percent, int rawPercent, boolean targetReached,
                        Projection projection) {

        static ProgressJson of(Progress p) {
            return new ProgressJson(p.latest(), p.latestOn(), p.percent(), p.rawPercent(), p.targetReached(),
                    p.projection().map(x -> new Projection(x.basis().name(), Decimals.plain(x.valueAtDue()), x.reachesTarget(),
                            x.targetReachedOn())).orElse(null));
        }
    }

    record GoalResource(UUID id, UUID mentorshipId, String title, String statement, GoalKind kind, IndicatorBody indicator,
                        String attainability, String relevance, LocalDate dueOn, GoalStatus status, Smart smart,
                        ProgressJson progress, PersonRef proposedBy, Instant proposedAt, PersonRef awaitingAgreementFrom,
                        PersonRef agreedBy, Instant agreedAt, PersonRef closedBy, Instant closedAt, String retiredBecause,
                        UUID pendingRevisionId, AchievementJson achievement, List<ChangeRequestJson> changeRequests,
                        MenteePreferences menteePreferences, long version) {
    }

    /**
     * A request for changes (decision 0094), oldest first: {@code open} while it waits for {@code proposedBy}'s answer;
     * {@code answer} says how it ended, {@code changedFields} what the proposer changed in reply to a GOAL request.
     */
    record ChangeRequestJson(UUID id, GoalChangesAsked.Subject subject, UUID revisionId, PersonRef proposedBy, PersonRef askedBy,
                             Instant askedAt, String comment, boolean open, PersonRef answeredBy, Instant answeredAt, String answer,
                             List<String> changedFields) {
    }

    /**
     * The proposal that the goal is achieved: {@code PROPOSED} while it waits for {@code awaitingAgreementFrom},
     * {@code AGREED} once the goal is ACHIEVED (then {@code closedBy} on the goal is who agreed).
     */
    record AchievementJson(PersonRef proposedBy, Instant proposedAt, String evidence, String status, PersonRef awaitingAgreementFrom) {
    }

    /** Shown with every goal, so plans are made with how the mentee likes to learn in view. */
    record MenteePreferences(Set<LearningModality> learningModalities, FeedbackStyle feedbackStyle) {
    }

    record MeasurementResource(UUID id, UUID goalId, BigDecimal value, LocalDate observedOn, String note, PersonRef recordedBy,
                               Instant recordedAt) {
    }

    record RevisionResource(UUID id, UUID goalId, int number, String status, GoalBody changes, String rationale,
                            ContextBody context, boolean resetCadence, PersonRef proposedBy, Instant proposedAt,
                            PersonRef agreedBy, Instant agreedAt, PersonRef withdrawnBy, Instant withdrawnAt,
                            List<FieldChange> fieldChanges, Map<String, String> before, Map<String, String> after,
                            GoalResource goal) {
    }

    record SignalResource(SignalKind kind, String message, String evidence, String suggestion, Signal.Move move) {

        static SignalResource of(Signal s) {
            return new SignalResource(s.kind(), s.message(), s.evidence(), s.suggestion().text(), s.suggestion().move());
        }
    }

    // ----------------------------------------------------------------- mapping

    GoalResource goal(OrganizationId organization, GoalState state) {
        return goals(organization, List.of(state)).getFirst();
    }

    List<GoalResource> goals(OrganizationId organization, List<GoalState> states) {
        Set<PersonId> ids = new HashSet<>();
        states.forEach(s -> ids.addAll(peopleOf(s.goal())));
        Names names = names(organization, ids);
        return states.stream().map(s -> goal(s, names)).toList();
    }

    private GoalResource goal(GoalState state, Names names) {
        Goal g = state.goal();
        GoalTerms t = g.terms();
        Indicator i = t.indicator();
        return new GoalResource(g.id().value(), g.mentorshipId().value(), t.title(), t.statement(), t.kind(),
                new IndicatorBody(i.name(), i.unit(), i.baseline(), i.target(), i.direction()), t.attainability(), t.relevance(),
                t.dueOn(), g.status(), Smart.of(state.smart()), ProgressJson.of(state.progress()), names.ref(g.proposedBy()),
                g.proposedAt(), g.status() == GoalStatus.PROPOSED ? names.ref(g.pair().otherThan(g.proposedBy())) : null,
                g.agreedBy().map(names::ref).orElse(null), g.agreedAt().orElse(null),
                g.closed().map(s -> names.ref(s.by())).orElse(null), g.closed().map(Signature::at).orElse(null),
                g.retiredBecause().orElse(null), g.pendingRevision().map(r -> r.id().value()).orElse(null),
                g.achievement().map(a -> new AchievementJson(names.ref(a.proposedBy()), a.proposedAt(), a.evidence(),
                        g.status() == GoalStatus.ACHIEVED ? "AGREED" : "PROPOSED",
                        g.status() == GoalStatus.ACHIEVED ? null : names.ref(g.pair().otherThan(a.proposedBy())))).orElse(null),
                g.changeRequests().stream().map(r -> new ChangeRequestJson(r.id(), r.subject(),
                        r.revision() == null ? null : r.revision().value(), names.ref(r.proposedBy()), names.ref(r.askedBy()), r.asked().at(),
                        r.comment(), r.isOpen(), r.answered() == null ? null : names.ref(r.answered().by()),
                        r.answered() == null ? null : r.answered().at(), r.answer() == null ? null : r.answer().name(),
                        r.changedFields())).toList(),
                new MenteePreferences(state.mentorship().preferences().learningModalities(), state.mentorship().preferences().feedbackStyle()),
                g.version());
    }

    Page<MeasurementResource> measurements(OrganizationId organization, Page<Measurement> page) {
        Names names = names(organization, page.items().stream().map(Measurement::recordedBy).toList());
        return new Page<>(page.items().stream().map(m -> measurement(m, names)).toList(), page.nextCursor());
    }

    MeasurementResource measurement(OrganizationId organization, Measurement m) {
        return measurement(m, names(organization, List.of(m.recordedBy())));
    }

    private static MeasurementResource measurement(Measurement m, Names names) {
        return new MeasurementResource(m.id().value(), m.goalId().value(), m.value(), m.observedOn(), m.note(),
                names.ref(m.recordedBy()), m.recordedAt());
    }

    /** One revision; with {@code state}, the goal as it now stands is nested (after an agreement, say). */
    RevisionResource revision(OrganizationId organization, Goal goal, GoalRevision revision, GoalState state) {
        Set<PersonId> ids = new HashSet<>(peopleOf(revision));
        if (state != null) {
            ids.addAll(peopleOf(state.goal()));
        }
        Names names = names(organization, ids);
        return revision(goal, revision, names, state == null ? null : goal(state, names));
    }

    Page<RevisionResource> revisions(OrganizationId organization, Goal goal, PageRequest page) {
        Page<GoalRevision> revisions = inMemory(goal.revisions(), page, r -> r.id().value());
        Set<PersonId> ids = new HashSet<>();
        revisions.items().forEach(r -> ids.addAll(peopleOf(r)));
        Names names = names(organization, ids);
        return new Page<>(revisions.items().stream().map(r -> revision(goal, r, names, null)).toList(), revisions.nextCursor());
    }

    private static RevisionResource revision(Goal goal, GoalRevision r, Names names, GoalResource nested) {
        List<FieldChange> changes = goal.changesOf(r);
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        changes.forEach(c -> {
            before.put(c.field(), c.before());
            after.put(c.field(), c.after());
        });
        RevisionContext context = r.context();
        return new RevisionResource(r.id().value(), r.goalId().value(), r.number(), r.status().name(), GoalBody.of(r.changes()),
                r.rationale(), new ContextBody(context.teamPriorities(), context.constraints(), context.interests()),
                r.resetCadence(), names.ref(r.proposedBy()), r.proposed().at(),
                r.agreement().map(s -> names.ref(s.by())).orElse(null), r.agreement().map(Signature::at).orElse(null),
                r.withdrawn() == null ? null : names.ref(r.withdrawn().by()), r.withdrawn() == null ? null : r.withdrawn().at(),
                changes, before, after, nested);
    }

    List<SignalResource> signals(List<Signal> signals) {
        return signals.stream().map(SignalResource::of).toList();
    }

    /** A page over a list already in memory, the cursor being the last id of the previous page. */
    static <T> Page<T> inMemory(List<T> all, PageRequest page, Function<T, UUID> id) {
        int start = 0;
        if (page.after().isPresent()) {
            UUID after = page.after().get();
            start = all.size();
            for (int i = 0; i < all.size(); i++) {
                if (id.apply(all.get(i)).equals(after)) {
                    start = i + 1;
                    break;
                }
            }
        }
        return page.page(all.subList(start, Math.min(all.size(), start + page.fetchSize())), id);
    }

    // ------------------------------------------------------------------- names

    private record Names(Map<UUID, String> byId) {

        PersonRef ref(PersonId id) {
            return id == null ? null : new PersonRef(id.value(), byId.get(id.value()));
        }
    }

    private Names names(OrganizationId organization, Collection<PersonId> ids) {
        return new Names(ids.isEmpty() ? Map.of() : people.names(organization, ids.stream().map(PersonId::value).toList()));
    }

    private static Set<PersonId> peopleOf(Goal goal) {
        Set<PersonId> ids = new HashSet<>(List.of(goal.pair().mentor(), goal.pair().mentee(), goal.proposedBy()));
        goal.agreedBy().ifPresent(ids::add);
        goal.closed().ifPresent(s -> ids.add(s.by()));
        goal.achievement().ifPresent(a -> ids.add(a.proposedBy()));
        goal.changeRequests().forEach(r -> {
            ids.add(r.askedBy());
            ids.add(r.proposedBy());
            if (r.answered() != null) {
                ids.add(r.answered().by());
            }
        });
        return ids;
    }

    private static Set<PersonId> peopleOf(GoalRevision r) {
        Set<PersonId> ids = new HashSet<>(List.of(r.proposedBy()));
        r.agreement().ifPresent(s -> ids.add(s.by()));
        if (r.withdrawn() != null) {
            ids.add(r.withdrawn().by());
        }
        return ids;
    }
}
