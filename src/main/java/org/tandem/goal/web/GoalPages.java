package org.tandem.goal.web;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalCounts;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.GoalChangesAsked.Subject;
import org.tandem.goal.core.Achievement;
import org.tandem.goal.core.ChangeRequest;
import org.tandem.goal.core.Decimals;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalChanges;
import org.tandem.goal.core.GoalRevision;
import org.tandem.goal.core.GoalTerms;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.core.RevisionContext;
import org.tandem.goal.core.Text;
import org.tandem.goal.signals.GoalReads;
import org.tandem.goal.signals.GoalState;
import org.tandem.goal.signals.Progress;
import org.tandem.goal.web.GoalForms.GoalForm;
import org.tandem.goal.web.GoalForms.MeasurementForm;
import org.tandem.goal.web.GoalForms.ReframeForm;
import org.tandem.goal.web.GoalForms.RevisionForm;
import org.tandem.goal.web.GoalPage.AchievementView;
import org.tandem.goal.web.GoalPage.Agreement;
import org.tandem.goal.web.GoalPage.MeasurementRow;
import org.tandem.goal.web.GoalPage.PendingRevision;
import org.tandem.goal.web.GoalPage.ProgressView;
import org.tandem.goal.web.GoalPage.Term;
import org.tandem.goal.web.GoalPage.TimelineEntry;
import org.tandem.goal.web.GoalViews.FieldChangeView;
import org.tandem.goal.web.GoalViews.PreferencesView;
import org.tandem.goal.web.GoalViews.SignalView;
import org.tandem.goal.web.GoalViews.SmartPanel;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipController;
import org.tandem.people.Actor;
import org.tandem.people.PeopleService;
import org.tandem.people.PersonId;
import org.tandem.shared.FormErrors;
import org.tandem.shared.Format;

/** Builds the goal pages' models from the service's states: names, words, and who may do what right now. */
@Component
public class GoalPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final GoalReads reads;
    private final PeopleService people;

    GoalPages(GoalReads reads, PeopleService people) {
        this.reads = reads;
        this.people = people;
    }

    /** Input the page shows back after a refused submission, or fresh forms. */
    public record Submitted(GoalForm goalForm, MeasurementForm measurementForm, RevisionForm revisionForm, ReframeForm reframeForm,
                     String open, FormErrors errors, String failedForm, String alert) {
        public static Submitted none() {
            return new Submitted(null, null, null, null, null, FormErrors.NONE, null, null);
        }
    }

    // ------------------------------------------------------------ goals list

    GoalsPage goals(Actor actor, Mentorship mentorship, List<GoalState> states, GoalForm form, FormErrors errors, String flash) {
        Map<UUID, String> names = names(actor, mentorship);
        String mentorshipHref = MentorshipController.path(mentorship.id().value());
        List<GoalsPage.GoalCard> cards = states.stream().map(s -> card(actor, s, names)).toList();
        GoalForm shown = form == null ? GoalForm.empty() : form;
        return new GoalsPage(mentorshipHref, names.get(mentorship.mentorId().value()), names.get(mentorship.menteeId().value()),
                preferences(mentorship, names), false, null, cards,
                mentorship.isPair(actor.personId()) && mentorship.status() == Mentorship.Status.ACTIVE, shown, errors,
                SmartPanel.of(reads.smartCheck(actor, shown.toDraft(null))), GoalsController.path(mentorship.id()),
                GoalsController.smartPath(mentorship.id()), flash);
    }

    /** A program lead's view of a pair's goals: the counts, and nothing a count does not say. */
    GoalsPage counts(Actor actor, Mentorship mentorship, GoalCounts counts) {
        Map<UUID, String> names = names(actor, mentorship);
        return new GoalsPage(MentorshipController.path(mentorship.id().value()), names.get(mentorship.mentorId().value()),
                names.get(mentorship.menteeId().value()), null, true, counts, List.of(), false, GoalForm.empty(), FormErrors.NONE,
                null, null, null, null);
    }

    private GoalsPage.GoalCard card(Actor actor, GoalState state, Map<UUID, String> names) {
        Goal goal = state.goal();
        GoalTerms terms = goal.terms();
        Progress progress = state.progress();
        String href = GoalController.path(goal.id());
        String waiting = null;
        if (goal.status() == GoalStatus.PROPOSED) {
            PersonId other = goal.pair().otherThan(goal.proposedBy());
            waiting = other.equals(actor.personId()) ? "Waiting for your agreement" : "Waiting for " + names.get(other.value()) + " to agree";
        } else if (goal.pendingRevision().isPresent()) {
            GoalRevision pending = goal.pendingRevision().get();
            PersonId other = goal.pair().otherThan(pending.proposedBy());
            waiting = "Revision #" + pending.number() + (other.equals(actor.personId()) ? " waits for your agreement"
                    : " waits for " + names.get(other.value()));
        }
        return new GoalsPage.GoalCard(href, terms.title(), terms.statement(), GoalViews.kindLabel(terms.kind()),
                GoalViews.statusLabel(goal.status()), GoalViews.statusBadge(goal.status()), progress.percent(),
                progressSummary(terms.indicator(), progress), Format.date(terms.dueOn()), waiting,
                state.signals().stream().map(s -> SignalView.of(s, href)).toList(),
                goal.pair().includes(actor.personId()) && goal.pendingRevision().isEmpty());
    }

    // ------------------------------------------------------------- goal page

    GoalPage goal(Actor actor, GoalState state, Submitted submitted, String flash) {
        Goal goal = state.goal();
        Mentorship mentorship = state.mentorship();
        GoalTerms terms = goal.terms();
        Indicator indicator = terms.indicator();
        Map<UUID, String> names = names(actor, mentorship);
        ZoneId zone = actor.timeZone();
        String href = GoalController.path(goal.id());
        boolean pair = mentorship.isPair(actor.personId());
        boolean active = goal.status() == GoalStatus.ACTIVE;
        Progress progress = state.progress();

        List<Term> facts = new ArrayList<>();
        facts.add(new Term("Kind", GoalViews.kindLabel(terms.kind())));
        facts.add(new Term("Indicator", indicator.name() + " (" + indicator.unit() + "), should " + indicator.direction().verb()));
        facts.add(new Term("From → to", indicator.show(indicator.baseline()) + " → " + indicator.show(indicator.target())));
        facts.add(new Term("Due", Format.date(terms.dueOn())));
        facts.add(new Term("Why it is within reach", terms.attainability() == null ? "—" : terms.attainability()));
        facts.add(new Term("Priority it serves", terms.relevance() == null ? "—" : terms.relevance()));

        Agreement agreement = null;
        if (goal.status() == GoalStatus.PROPOSED) {
            PersonId other = goal.pair().otherThan(goal.proposedBy());
            agreement = new Agreement(pair && other.equals(actor.personId()), names.get(goal.proposedBy().value()), names.get(other.value()),
                    GoalViews.SmartPanel.of(state.smart()).gaps());
        }

        List<MeasurementRow> rows = state.measurements().reversed().stream()
                .map(m -> new MeasurementRow(indicator.show(m.value()), Format.date(m.observedOn()), m.note() == null ? "" : m.note(),
                        names.getOrDefault(m.recordedBy().value(), "—"), when(m.recordedAt(), zone)))
                .toList();
        ProgressView progressView = new ProgressView(progress.percent(), progressSummary(indicator, progress),
                GoalViews.show(indicator, progress.latest()) + (progress.latestOn() == null ? "" : " on " + Format.date(progress.latestOn())),
                indicator.show(indicator.target()) + " by " + Format.date(terms.dueOn()),
                progress.projection().map(p -> indicator.show(Decimals.plain(p.valueAtDue().setScale(2, RoundingMode.HALF_UP)))
                        + " on the due date" + (p.reachesTarget() ? " (reaches the target"
                        + p.reachedOn().map(d -> " around " + Format.date(d)).orElse("") + ")" : " (misses the target)")).orElse("—"));

        Submitted s = submitted == null ? Submitted.none() : submitted;
        boolean canRevise = pair && active && goal.pendingRevision().isEmpty();
        return new GoalPage(href, GoalsController.path(goal.mentorshipId()), MentorshipController.path(mentorship.id().value()),
                names.get(mentorship.mentorId().value()) + " & " + names.get(mentorship.menteeId().value()), terms.title(),
                terms.statement(), GoalViews.kindLabel(terms.kind()), goal.status(), GoalViews.statusLabel(goal.status()),
                GoalViews.statusBadge(goal.status()), facts, preferences(mentorship, names), SmartPanel.of(state.smart()),
                progressView, GoalChart.of(goal, state.measurements()).orElse(null), rows,
                state.signals().stream().map(sig -> SignalView.of(sig, href)).toList(), agreement,
                goal.pendingRevision().map(r -> pending(actor, goal, r, names, zone)).orElse(null),
                achievement(actor, goal, progress.targetReached(), names, zone), timeline(goal, names, zone), pair && (active || goal.status() == GoalStatus.ACHIEVED), canRevise,
                canRevise && terms.kind() == GoalKind.OUTPUT, pair && active && goal.achievement().isEmpty(), pair && !goal.status().isClosed(),
                s.measurementForm() != null ? s.measurementForm() : MeasurementForm.today(state.today()),
                s.revisionForm() != null ? s.revisionForm() : RevisionForm.of(terms),
                s.reframeForm() != null ? s.reframeForm() : ReframeForm.empty(), s.open(), s.errors(), s.failedForm(), s.alert(),
                flash, new GoalPage.Routes(GoalController.route(GoalController.AGREEMENT, goal.id()),
                        GoalController.route(GoalController.MEASUREMENTS, goal.id()),
                        GoalController.route(GoalRevisionController.REVISIONS, goal.id()),
                        GoalController.route(GoalRevisionController.REFRAME, goal.id()),
                        GoalController.route(GoalController.ACHIEVEMENT, goal.id()),
                        GoalController.route(GoalController.ACHIEVEMENT_AGREEMENT, goal.id()),
                        GoalController.route(GoalController.ACHIEVEMENT_WITHDRAWAL, goal.id()),
                        GoalController.route(GoalController.RETIREMENT, goal.id())),
                goal.version(), changes(actor, goal, s, names, zone));
    }

    /** Who may send which proposal back now, the open requests, and the proposer's form to change a proposed goal. */
    private static GoalPage.Changes changes(Actor actor, Goal goal, Submitted s, Map<UUID, String> names, ZoneId zone) {
        PersonId reader = actor.personId();
        boolean pair = goal.pair().includes(reader);
        boolean proposedGoal = goal.status() == GoalStatus.PROPOSED;
        boolean goalAsked = goal.openRequest(Subject.GOAL).isPresent();
        boolean canAskGoal = pair && proposedGoal && !goalAsked && !goal.proposedBy().equals(reader);
        boolean canChange = pair && proposedGoal && goalAsked && goal.proposedBy().equals(reader);
        boolean active = goal.status() == GoalStatus.ACTIVE;
        boolean canAskRevision = pair && active && goal.pendingRevision().filter(r -> !r.proposedBy().equals(reader)).isPresent();
        boolean canAskAchievement = pair && active && goal.achievement().filter(a -> !a.proposedBy().equals(reader)).isPresent();
        List<GoalPage.Asked> open = goal.changeRequests().stream().filter(ChangeRequest::isOpen).map(r -> {
            boolean mine = r.proposedBy().equals(reader);
            String asker = names.get(r.askedBy().value());
            String heading = asker + " asked for changes to " + about(r, goal, mine, names) + " on " + when(r.asked().at(), zone);
            String next = switch (r.subject()) {
                case GOAL -> mine ? "Change the goal below; it then waits again for " + asker + "." : "It waits for "
                        + names.get(r.proposedBy().value()) + " to change it.";
                case REVISION -> mine ? "Propose the change again, reworked, under \"Change this goal\", or let it go." : "It waits for "
                        + names.get(r.proposedBy().value()) + " to propose it again or let it go.";
                case ACHIEVEMENT -> mine ? "Propose it again when the goal is there, under \"Close this goal\", or let it go." : "It waits for "
                        + names.get(r.proposedBy().value()) + " to propose it again or let it go.";
            };
            String letGo = pair && mine && r.subject() != Subject.GOAL
                    ? GoalController.route(GoalChangeRequestController.DISMISSAL, goal.id()).replace("{requestId}", r.id().toString()) : null;
            return new GoalPage.Asked(r.subject().name(), heading, r.comment(), next, letGo);
        }).toList();
        GoalForm proposal = s.goalForm() != null ? s.goalForm() : RevisionForm.of(goal.terms()).goal();
        return new GoalPage.Changes(canAskGoal, canAskRevision, canAskAchievement, canChange,
                GoalController.route(GoalChangeRequestController.ASK_GOAL, goal.id()),
                goal.pendingRevision().map(r -> GoalRevisionController.path(GoalChangeRequestController.ASK_REVISION, goal.id(), r.id()))
                        .orElse(null),
                GoalController.route(GoalChangeRequestController.ASK_ACHIEVEMENT, goal.id()),
                GoalController.route(GoalChangeRequestController.PROPOSAL, goal.id()), open, proposal, null);
    }

    private static String about(ChangeRequest r, Goal goal, boolean mine, Map<UUID, String> names) {
        String whose = mine ? "your " : names.get(r.proposedBy().value()) + "'s ";
        return switch (r.subject()) {
            case GOAL -> "this goal as proposed";
            case REVISION -> whose + "revision #" + goal.revisions().stream().filter(v -> v.id().equals(r.revision()))
                    .map(GoalRevision::number).findFirst().orElse(0);
            case ACHIEVEMENT -> whose + "proposal that the goal is achieved";
        };
    }

    private PendingRevision pending(Actor actor, Goal goal, GoalRevision r, Map<UUID, String> names, ZoneId zone) {
        boolean pair = goal.pair().includes(actor.personId());
        boolean proposer = r.proposedBy().equals(actor.personId());
        PersonId other = goal.pair().otherThan(r.proposedBy());
        return new PendingRevision(r.id().toString(), r.number(), names.get(r.proposedBy().value()), when(r.proposed().at(), zone),
                r.rationale(), context(r.context()), r.resetCadence(),
                goal.changesOf(r).stream().map(FieldChangeView::of).toList(), pair && !proposer, pair, proposer,
                names.get(other.value()), GoalRevisionController.path(GoalRevisionController.AGREEMENT, goal.id(), r.id()),
                GoalRevisionController.path(GoalRevisionController.WITHDRAWAL, goal.id(), r.id()));
    }

    private static AchievementView achievement(Actor actor, Goal goal, boolean targetMet, Map<UUID, String> names, ZoneId zone) {
        if (goal.status() != GoalStatus.ACTIVE) {
            return null;
        }
        boolean pair = goal.pair().includes(actor.personId());
        return goal.achievement().map(a -> {
            boolean proposer = a.proposedBy().equals(actor.personId());
            return new AchievementView(false, targetMet, true, names.get(a.proposedBy().value()), when(a.proposedAt(), zone),
                    a.evidence(), names.get(goal.pair().otherThan(a.proposedBy()).value()), pair && !proposer, pair, proposer);
        }).orElseGet(() -> new AchievementView(pair, targetMet, false, null, null, null, null, false, false, false));
    }

    /** Newest first: the latest change is what people look for; each entry keeps its who, when and why. */
    private static List<TimelineEntry> timeline(Goal goal, Map<UUID, String> names, ZoneId zone) {
        record Dated(Instant at, TimelineEntry entry) {
        }
        List<Dated> entries = new ArrayList<>();
        entries.add(new Dated(goal.proposedAt(), entry(goal.proposedAt(), zone, "Proposed by " + names.get(goal.proposedBy().value()),
                List.of(), null, List.of(), null)));
        goal.agreedAt().ifPresent(at -> entries.add(new Dated(at, entry(at, zone,
                "Agreed by " + names.get(goal.agreedBy().orElseThrow().value()) + "; the goal became active", List.of(), null, List.of(), null))));
        for (GoalRevision r : goal.revisions()) {
            String proposer = names.get(r.proposedBy().value());
            switch (r.status()) {
                case PROPOSED -> entries.add(new Dated(r.proposed().at(), entry(r.proposed().at(), zone,
                        "Revision #" + r.number() + " proposed by " + proposer + ", waiting for agreement",
                        goal.changesOf(r).stream().map(FieldChangeView::of).toList(), r.rationale(), context(r.context()), null)));
                case APPLIED -> {
                    Instant at = r.agreed().at();
                    entries.add(new Dated(at, entry(at, zone, "Revision #" + r.number() + ": proposed by " + proposer + " on "
                                    + when(r.proposed().at(), zone) + ", agreed by " + names.get(r.agreed().by().value()),
                            r.fieldChanges().stream().map(FieldChangeView::of).toList(), r.rationale(), context(r.context()),
                            r.resetCadence() ? "The check-in rhythm restarted from this agreement." : null)));
                }
                case WITHDRAWN -> {
                    Instant at = r.withdrawn().at();
                    boolean byProposer = r.withdrawn().by().equals(r.proposedBy());
                    entries.add(new Dated(at, entry(at, zone, "Revision #" + r.number() + " by " + proposer
                                    + (byProposer ? " withdrawn" : " declined by " + names.get(r.withdrawn().by().value())),
                            List.of(), r.rationale(), context(r.context()), "Asked to change: " + asked(r.changes()) + ". Nothing changed.")));
                }
            }
        }
        goal.achievement().filter(a -> goal.status() == GoalStatus.ACTIVE).ifPresent(a -> entries.add(new Dated(a.proposedAt(),
                entry(a.proposedAt(), zone, "Proposed as achieved by " + names.get(a.proposedBy().value()) + ", waiting for agreement",
                        List.of(), null, List.of(), a.evidence() == null ? null : "Evidence: " + a.evidence()))));
        for (ChangeRequest r : goal.changeRequests()) {
            entries.add(new Dated(r.asked().at(), entry(r.asked().at(), zone, "Changes asked by " + names.get(r.askedBy().value()) + " to "
                    + about(r, goal, false, names), List.of(), r.comment(), List.of(), null)));
            if (r.answer() == ChangeRequest.Answer.LET_GO) {
                entries.add(new Dated(r.answered().at(), entry(r.answered().at(), zone, "Let go by " + names.get(r.answered().by().value()),
                        List.of(), null, List.of(), "It will not be proposed again in reply to this comment.")));
            }
            if (r.answer() == ChangeRequest.Answer.CHANGED) {
                entries.add(new Dated(r.answered().at(), entry(r.answered().at(), zone, "Proposal changed by "
                        + names.get(r.answered().by().value()) + " in reply", List.of(), null, List.of(),
                        "Changed: " + Text.joinAnd(r.changedFields()) + ". It waits again for agreement.")));
            }
        }
        goal.closed().ifPresent(closed -> entries.add(new Dated(closed.at(), entry(closed.at(), zone,
                (goal.status() == GoalStatus.ACHIEVED ? goal.achievement()
                        .map(a -> "Achieved: proposed by " + names.get(a.proposedBy().value()) + " on " + when(a.proposedAt(), zone) + ", agreed by ")
                        .orElse("Marked achieved by ") : "Retired by ") + names.get(closed.by().value()),
                List.of(), null, List.of(), goal.retiredBecause().map(reason -> "Reason: " + reason)
                        .or(() -> goal.achievement().map(Achievement::evidence).filter(e -> goal.status() == GoalStatus.ACHIEVED).map(e -> "Evidence: " + e))
                        .orElse(null)))));
        return entries.stream().sorted(Comparator.comparing(Dated::at).reversed()).map(Dated::entry).toList();
    }

    private static TimelineEntry entry(Instant at, ZoneId zone, String heading, List<FieldChangeView> changes, String rationale,
            List<String> context, String note) {
        return new TimelineEntry(at.toString(), when(at, zone), heading, changes, rationale, context, note);
    }

    private static String asked(GoalChanges c) {
        List<String> fields = new ArrayList<>();
        if (c.title() != null) fields.add("title");
        if (c.statement() != null) fields.add("statement");
        if (c.kind() != null) fields.add("kind");
        if (c.indicatorName() != null || c.indicatorUnit() != null || c.direction() != null) fields.add("indicator");
        if (c.baseline() != null) fields.add("baseline");
        if (c.target() != null) fields.add("target");
        if (c.attainability() != null) fields.add("attainability note");
        if (c.relevance() != null) fields.add("priority");
        if (c.dueOn() != null) fields.add("due date (" + Format.date(c.dueOn()) + ")");
        return Text.joinAnd(fields);
    }

    private static List<String> context(RevisionContext c) {
        List<String> lines = new ArrayList<>();
        if (c.teamPriorities() != null) lines.add("Team priorities: " + c.teamPriorities());
        if (c.constraints() != null) lines.add("Constraints: " + c.constraints());
        if (c.interests() != null) lines.add("Interests: " + c.interests());
        return lines;
    }

    // --------------------------------------------------------------- helpers

    static String progressSummary(Indicator indicator, Progress progress) {
        if (progress.latest() == null) {
            return "Nothing measured yet; baseline " + indicator.show(indicator.baseline()) + ", target " + indicator.show(indicator.target());
        }
        return progress.rawPercent() + "% of the way: " + indicator.show(progress.latest()) + " (from "
                + Indicator.plain(indicator.baseline()) + " toward " + indicator.show(indicator.target()) + ")";
    }

    private PreferencesView preferences(Mentorship mentorship, Map<UUID, String> names) {
        return PreferencesView.of(mentorship, names.get(mentorship.menteeId().value()), MentorshipController.path(mentorship.id().value()));
    }

    /** Everyone a goal names is of the pair: only they propose, agree, record and close. */
    private Map<UUID, String> names(Actor actor, Mentorship mentorship) {
        Set<UUID> ids = new HashSet<>(List.of(mentorship.mentorId().value(), mentorship.menteeId().value()));
        return people.names(actor.organizationId(), ids);
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
